package io.axioms.runtime.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the Authorization header off real requests to a loopback JDK server. */
class HttpServerCredentialsTest {

  private static HttpServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String value = HttpServerCredentials.authorization(exchange);
          byte[] body = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void noHeaderIsNull() throws Exception {
    assertEquals("null", send(request()));
  }

  @Test
  void oneHeaderIsItsValue() throws Exception {
    assertEquals("Bearer abc", send(request().header("Authorization", "Bearer abc")));
  }

  @Test
  void twoHeadersAreCombinedNotPicked() throws Exception {
    HttpRequest.Builder request =
        request().header("Authorization", "Bearer abc").header("Authorization", "Bearer def");

    assertEquals("Bearer abc, Bearer def", send(request));
  }

  private static HttpRequest.Builder request() {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    return HttpRequest.newBuilder(uri);
  }

  private static String send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
