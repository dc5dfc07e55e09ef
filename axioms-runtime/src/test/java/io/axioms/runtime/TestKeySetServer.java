package io.axioms.runtime;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback key-set server for the runtime's own tests: serves a JWKS and, optionally, an OIDC
 * discovery document, with settable status codes, an optional delay, and request counters.
 */
final class TestKeySetServer implements AutoCloseable {

  static final String JWKS_PATH = "/.well-known/jwks.json";
  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  final AtomicInteger keySetRequests = new AtomicInteger();
  final AtomicInteger discoveryRequests = new AtomicInteger();
  private volatile String keySetJson = "{\"keys\":[]}";
  private volatile int keySetStatus = 200;
  private volatile String discoveryJson;
  private volatile int discoveryStatus = 404;
  private volatile long delayMillis;

  private TestKeySetServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(JWKS_PATH, this::serveKeySet);
    server.createContext(DISCOVERY_PATH, this::serveDiscovery);
    server.setExecutor(executor);
    server.start();
  }

  static TestKeySetServer start() {
    try {
      return new TestKeySetServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String keySetUrl() {
    return issuer() + JWKS_PATH;
  }

  /** Serves the public halves of the given keys. */
  TestKeySetServer serve(JWK... keys) {
    List<JWK> publicKeys = new ArrayList<>();
    for (JWK key : keys) {
      publicKeys.add(key.toPublicJWK());
    }
    keySetJson = new JWKSet(publicKeys).toString(true);
    keySetStatus = 200;
    return this;
  }

  TestKeySetServer serveRaw(int status, String json) {
    keySetStatus = status;
    keySetJson = json;
    return this;
  }

  TestKeySetServer discovery(int status, String json) {
    discoveryStatus = status;
    discoveryJson = json;
    return this;
  }

  TestKeySetServer delay(long millis) {
    delayMillis = millis;
    return this;
  }

  private void serveKeySet(HttpExchange exchange) throws IOException {
    keySetRequests.incrementAndGet();
    pause();
    respond(exchange, keySetStatus, keySetJson);
  }

  private void serveDiscovery(HttpExchange exchange) throws IOException {
    discoveryRequests.incrementAndGet();
    respond(exchange, discoveryStatus, discoveryJson == null ? "{}" : discoveryJson);
  }

  private void pause() {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
