package io.axioms.test;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

/** Writes the local issuer's responses, always with a fixed {@code Content-Length}. */
final class HttpReplies {

  private HttpReplies() {}

  /** Sends a JSON object with a status. */
  static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
    send(exchange, EndpointOverride.json(JSONObjectUtils.toJSONString(body)).withStatus(status));
  }

  /** Sends an OAuth2-style error object, {@code {"error": ..., "error_description": ...}}. */
  static void error(HttpExchange exchange, int status, String code, String description)
      throws IOException {
    json(exchange, status, Map.of("error", code, "error_description", description));
  }

  /** Sends a canned response: waits, sends the headers, then the body at once or in chunks. */
  static void send(HttpExchange exchange, EndpointOverride reply) throws IOException {
    pause(reply.delay());

    byte[] body = reply.body();
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(reply.statusCode(), body.length == 0 ? -1 : body.length);

    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        writeBody(out, body, reply.chunkSize(), reply.chunkPause());
      }
    }
    exchange.close();
  }

  private static void writeBody(OutputStream out, byte[] body, int chunkSize, Duration pause)
      throws IOException {
    if (chunkSize == 0) {
      out.write(body);
      return;
    }
    for (int offset = 0; offset < body.length; offset += chunkSize) {
      out.write(body, offset, Math.min(chunkSize, body.length - offset));
      out.flush();
      pause(pause);
    }
  }

  private static void pause(Duration duration) throws IOException {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while delaying a response", e);
    }
  }
}
