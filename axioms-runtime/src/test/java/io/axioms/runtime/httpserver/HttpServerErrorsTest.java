package io.axioms.runtime.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.axioms.runtime.AccessPolicy;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.JwtAccessTokenValidator;
import io.axioms.runtime.Requirement;
import io.axioms.test.LocalIssuer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDK HTTP server adapter, end to end over loopback. */
class HttpServerErrorsTest {

  private static final AccessPolicy POLICY = AccessPolicy.of(Requirement.anyScope("read:orders"));

  private static LocalIssuer issuer;
  private static AxiomsConfig config;
  private static JwtAccessTokenValidator validator;
  private static JwtAccessTokenValidator keySetDown;
  private static HttpServer server;
  private static ExecutorService executor;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws IOException {
    issuer = LocalIssuer.start();
    config =
        AxiomsConfig.builder()
            .audience(issuer.audience())
            .issuerUrl(issuer.issuerUrl())
            .jwksUrl(issuer.jwksUrl())
            .set("AXIOMS_JWKS_RATE_LIMIT", "0")
            .set("AXIOMS_JWKS_OUTAGE_TOLERANCE", "0")
            .build();
    validator = JwtAccessTokenValidator.create(config);
    keySetDown =
        JwtAccessTokenValidator.create(
            AxiomsConfig.builder()
                .audience(issuer.audience())
                .issuerUrl(issuer.issuerUrl())
                .jwksUrl(issuer.issuerUrl() + "/no-such-key-set")
                .build());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    HttpContext context = server.createContext("/orders", HttpServerErrorsTest::orders);
    context.getFilters().add(HttpServerErrors.filter(config));
    HttpContext down = server.createContext("/down", HttpServerErrorsTest::down);
    down.getFilters().add(HttpServerErrors.filter(config));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    executor.shutdownNow();
    validator.close();
    keySetDown.close();
    issuer.close();
  }

  @AfterEach
  void resetIssuer() {
    issuer.reset();
  }

  private static void orders(HttpExchange exchange) throws IOException {
    validator.authorize(exchange.getRequestHeaders().getFirst("Authorization"), POLICY);
    byte[] body = "{\"message\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void down(HttpExchange exchange) {
    keySetDown.validate(exchange.getRequestHeaders().getFirst("Authorization"));
  }

  private static HttpResponse<String> get(String authorization) throws Exception {
    return get("/orders", authorization);
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
            .timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertJsonBody(HttpResponse<String> response, String expected) {
    assertEquals(expected, response.body());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    assertEquals(
        Optional.of(String.valueOf(expected.getBytes(StandardCharsets.UTF_8).length)),
        response.headers().firstValue("Content-Length"));
  }

  @Test
  void validTokenReachesTheHandler() throws Exception {
    HttpResponse<String> response = get("Bearer " + issuer.token().scopes("read:orders").sign());
    assertEquals(200, response.statusCode());
    assertEquals("{\"message\":\"ok\"}", response.body());
  }

  @Test
  void missingTokenIs401WithBareChallenge() throws Exception {
    HttpResponse<String> response = get(null);
    assertEquals(401, response.statusCode());
    assertEquals(
        Optional.of("Bearer realm=\"" + issuer.issuerUrl() + "\""),
        response.headers().firstValue("WWW-Authenticate"));
    assertJsonBody(
        response,
        "{\"error\":\"unauthorized\",\"error_description\":\"Missing bearer access token\"}");
  }

  @Test
  void expiredTokenIs401InvalidToken() throws Exception {
    String token = issuer.token().scopes("read:orders").expiresIn(Duration.ofMinutes(-10)).sign();
    HttpResponse<String> response = get("Bearer " + token);
    assertEquals(401, response.statusCode());
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
    assertJsonBody(
        response,
        "{\"error\":\"invalid_token\",\"error_description\":\"Access token has expired\"}");
  }

  @Test
  void missingScopeIs403NamingTheScope() throws Exception {
    HttpResponse<String> response = get("Bearer " + issuer.token().scopes("openid").sign());
    assertEquals(403, response.statusCode());
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.contains("error=\"insufficient_scope\""), challenge);
    assertTrue(challenge.endsWith("scope=\"read:orders\""), challenge);
  }

  @Test
  void unreachableKeySetIs503WithoutChallenge() throws Exception {
    HttpResponse<String> response = get("/down", "Bearer " + issuer.token().sign());
    assertEquals(503, response.statusCode());
    assertFalse(response.headers().firstValue("WWW-Authenticate").isPresent());
    assertTrue(
        response.body().startsWith("{\"error\":\"temporarily_unavailable\""), response.body());
  }
}
