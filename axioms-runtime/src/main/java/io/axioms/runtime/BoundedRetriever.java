package io.axioms.runtime;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Fetches one key set or discovery document over HTTP with every bound the configuration sets: a
 * connect timeout, a read timeout for each read, a total deadline, and a size limit enforced while
 * reading. Redirects are never followed: a 3xx answer, like any status other than 2xx, is a failed
 * fetch. The body must be UTF-8.
 *
 * <p>The deadline is checked once the response headers have arrived and after every read of the
 * body, so a fetch ends at the latest one read timeout after the deadline, however slowly the body
 * trickles in. The JDK reads the status line and headers itself: a server that trickles its headers
 * is bounded only by the read timeout of each read and the JDK's header size limit.
 */
final class BoundedRetriever implements ResourceRetriever {

  /** The issuer answered with a status other than 2xx. */
  static final class StatusFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    StatusFailure(int status) {
      super(
          status >= 300 && status < 400
              ? "HTTP " + status + ", redirects are not followed"
              : "HTTP " + status);
      this.status = status;
    }

    /** Returns the HTTP status. */
    int status() {
      return status;
    }
  }

  /** The issuer answered 2xx with a body that cannot be used: too large or not UTF-8. */
  static final class BodyRefused extends IOException {
    private static final long serialVersionUID = 1L;

    BodyRefused(String message) {
      super(message);
    }
  }

  private static final int BUFFER_SIZE = 8192;

  private final int connectMillis;
  private final int readMillis;
  private final long deadlineNanos;
  private final String deadlineText;
  private final int sizeLimit;
  private final String accept;

  /**
   * Creates a retriever with the timeouts, deadline and size limit of the settings, asking for the
   * given media types.
   */
  BoundedRetriever(KeySetSettings settings, String accept) {
    this.connectMillis = (int) settings.connectTimeout().toMillis();
    this.readMillis = (int) settings.readTimeout().toMillis();
    this.deadlineNanos = settings.fetchDeadline().toNanos();
    this.deadlineText = Durations.format(settings.fetchDeadline());
    this.sizeLimit = settings.sizeLimit();
    this.accept = accept;
  }

  /**
   * Fetches the URL once.
   *
   * @throws StatusFailure for a status other than 2xx, redirects included
   * @throws BodyRefused for a body over the size limit or not UTF-8
   * @throws IOException when the fetch fails or passes the deadline
   */
  @Override
  public Resource retrieveResource(URL url) throws IOException {
    long deadline = System.nanoTime() + deadlineNanos;
    HttpURLConnection connection = open(url);
    try {
      int status = connection.getResponseCode();
      checkDeadline(deadline);
      if (status < 200 || status > 299) {
        throw new StatusFailure(status);
      }
      if (connection.getContentLengthLong() > sizeLimit) {
        throw tooLarge();
      }
      byte[] body = read(connection.getInputStream(), deadline);
      return new Resource(utf8(body), connection.getContentType());
    } finally {
      connection.disconnect();
    }
  }

  private HttpURLConnection open(URL url) throws IOException {
    URLConnection opened = url.openConnection();
    if (!(opened instanceof HttpURLConnection)) {
      throw new IOException("Not an HTTP URL");
    }
    HttpURLConnection connection = (HttpURLConnection) opened;
    connection.setConnectTimeout(connectMillis);
    connection.setReadTimeout(readMillis);
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setRequestProperty("Accept", accept);
    return connection;
  }

  private byte[] read(InputStream body, long deadline) throws IOException {
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[BUFFER_SIZE];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        if (out.size() > sizeLimit) {
          throw tooLarge();
        }
        checkDeadline(deadline);
      }
      return out.toByteArray();
    }
  }

  private void checkDeadline(long deadline) throws SocketTimeoutException {
    if (System.nanoTime() - deadline > 0) {
      throw new SocketTimeoutException("Fetch took longer than the deadline of " + deadlineText);
    }
  }

  private BodyRefused tooLarge() {
    return new BodyRefused("Body larger than " + sizeLimit + " bytes");
  }

  private static String utf8(byte[] body) throws BodyRefused {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BodyRefused("Body is not UTF-8");
    }
  }
}
