package io.axioms.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads the {@code jwks_uri} of an issuer's OpenID Connect discovery document (OpenID Connect
 * Discovery 1.0, section 4). The document's {@code issuer} must equal the configured issuer
 * exactly, and its {@code jwks_uri} must follow the same URL rules as configured URLs.
 */
final class IssuerDiscovery {

  /** What one discovery attempt found. */
  static final class Outcome {
    final URI keySetUrl;
    final boolean transientFailure;
    final boolean suspicious;
    final String explanation;

    private Outcome(
        URI keySetUrl, boolean transientFailure, boolean suspicious, String explanation) {
      this.keySetUrl = keySetUrl;
      this.transientFailure = transientFailure;
      this.suspicious = suspicious;
      this.explanation = explanation;
    }

    static Outcome found(URI keySetUrl) {
      return new Outcome(keySetUrl, false, false, "from the discovery document");
    }

    /** The issuer publishes no document: use the fallback URL. */
    static Outcome absent(String explanation) {
      return new Outcome(null, false, false, explanation);
    }

    /** The document is there but cannot be trusted or used: use the fallback URL. */
    static Outcome unusable(String explanation) {
      return new Outcome(null, false, true, explanation);
    }

    /** The issuer could not be asked: try again later. */
    static Outcome unreachable(String explanation) {
      return new Outcome(null, true, false, explanation);
    }
  }

  private final URI documentUrl;
  private final String issuer;
  private final KeySetSettings settings;

  IssuerDiscovery(URI documentUrl, String issuer, KeySetSettings settings) {
    this.documentUrl = documentUrl;
    this.issuer = issuer;
    this.settings = settings;
  }

  /** Returns the outcome of one fetch of the discovery document; never throws. */
  Outcome attempt() {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) documentUrl.toURL().openConnection();
      connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
      connection.setReadTimeout((int) settings.readTimeout().toMillis());
      connection.setRequestProperty("Accept", "application/json");
      int status = connection.getResponseCode();
      if (status >= 500 || status == 429) {
        return Outcome.unreachable("HTTP " + status);
      }
      if (status == 404 || status == 410) {
        return Outcome.absent("HTTP " + status);
      }
      if (status != 200) {
        return Outcome.unusable("HTTP " + status);
      }
      return read(connection.getInputStream());
    } catch (IOException | RuntimeException e) {
      return Outcome.unreachable(LogText.describe(e));
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private Outcome read(InputStream body) throws IOException {
    byte[] bytes = readAtMost(body, settings.sizeLimit());
    if (bytes == null) {
      return Outcome.unusable("document larger than " + settings.sizeLimit() + " bytes");
    }
    Map<String, Object> document;
    try {
      document = StrictJson.parseObject(new String(bytes, StandardCharsets.UTF_8));
    } catch (StrictJson.Malformed e) {
      return Outcome.unusable("document is not a JSON object");
    }
    return interpret(document);
  }

  private Outcome interpret(Map<String, Object> document) {
    if (!issuer.equals(document.get("issuer"))) {
      return Outcome.unusable("document names another issuer");
    }
    Object jwksUri = document.get("jwks_uri");
    if (!(jwksUri instanceof String)) {
      return Outcome.unusable("document has no jwks_uri");
    }
    String problem = TrustedUrls.problem((String) jwksUri);
    if (problem != null) {
      return Outcome.unusable("jwks_uri " + problem);
    }
    return Outcome.found(URI.create((String) jwksUri));
  }

  private static byte[] readAtMost(InputStream body, int limit) throws IOException {
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        if (out.size() > limit) {
          return null;
        }
      }
      return out.toByteArray();
    }
  }
}
