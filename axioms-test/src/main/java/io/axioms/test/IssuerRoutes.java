package io.axioms.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Sends each request to the endpoint for its path: the key set, the discovery document or the token
 * endpoint. Anything else is a 404; a wrong method is a 405 with {@code Allow}.
 */
final class IssuerRoutes implements HttpHandler {

  static final String JWKS_PATH = "/.well-known/jwks.json";
  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
  static final String TOKEN_PATH = "/token";

  private final IssuerEndpoint jwks;
  private final Supplier<String> jwksBody;
  private final IssuerEndpoint discovery;
  private final Supplier<String> discoveryBody;
  private final IssuerEndpoint token;
  private final TokenMinting minting;

  IssuerRoutes(
      IssuerEndpoint jwks,
      Supplier<String> jwksBody,
      IssuerEndpoint discovery,
      Supplier<String> discoveryBody,
      IssuerEndpoint token,
      TokenMinting minting) {
    this.jwks = jwks;
    this.jwksBody = jwksBody;
    this.discovery = discovery;
    this.discoveryBody = discoveryBody;
    this.token = token;
    this.minting = minting;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      route(exchange, exchange.getRequestURI().getPath(), exchange.getRequestMethod());
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String path, String method) throws IOException {
    switch (path) {
      case JWKS_PATH:
        serveDocument(exchange, method, jwks, jwksBody);
        break;
      case DISCOVERY_PATH:
        serveDocument(exchange, method, discovery, discoveryBody);
        break;
      case TOKEN_PATH:
        serveToken(exchange, method);
        break;
      default:
        HttpReplies.error(exchange, 404, "not_found", "The local issuer has no such endpoint");
    }
  }

  private static void serveDocument(
      HttpExchange exchange, String method, IssuerEndpoint endpoint, Supplier<String> body)
      throws IOException {
    if (!method.equals("GET")) {
      refuseMethod(exchange, "GET");
      return;
    }
    EndpointOverride override = endpoint.arrive();
    HttpReplies.send(exchange, override != null ? override : EndpointOverride.json(body.get()));
  }

  private void serveToken(HttpExchange exchange, String method) throws IOException {
    if (!method.equals("GET") && !method.equals("POST")) {
      refuseMethod(exchange, "GET, POST");
      return;
    }
    EndpointOverride override = token.arrive();
    if (override != null) {
      HttpReplies.send(exchange, override);
    } else {
      minting.handle(exchange);
    }
  }

  private static void refuseMethod(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().set("Allow", allowed);
    HttpReplies.error(exchange, 405, "method_not_allowed", "Allowed methods: " + allowed);
  }
}
