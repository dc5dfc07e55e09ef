package io.axioms.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Small HTTP helpers for the issuer's tests: the JDK client, and a raw socket for what it hides.
 */
final class HttpProbe {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpProbe() {}

  static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  static HttpResponse<String> postForm(String url, String form)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The outcome of one raw exchange: the whole response text and how many reads it took. */
  static final class RawResponse {
    final String text;
    final int reads;

    RawResponse(String text, int reads) {
      this.text = text;
      this.reads = reads;
    }
  }

  /** Sends a request byte for byte (any Host header) and reads until the server closes. */
  static RawResponse raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readAll(socket.getInputStream());
    }
  }

  private static RawResponse readAll(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    int reads = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      reads++;
    }
    return new RawResponse(text.toString(), reads);
  }
}
