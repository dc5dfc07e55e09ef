package io.axioms.test;

import com.nimbusds.jose.JWSAlgorithm;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local issuer's token endpoint: mints a token for the scopes, roles and permissions a request
 * asks for, to callers on this machine only. See {@link LocalIssuer} for the parameters.
 */
final class TokenMinting {

  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final long MAX_LIFETIME_SECONDS = 24 * 60 * 60;

  private final Supplier<TokenBuilder> tokens;
  private final Duration defaultLifetime;

  TokenMinting(Supplier<TokenBuilder> tokens, Duration defaultLifetime) {
    this.tokens = tokens;
    this.defaultLifetime = defaultLifetime;
  }

  /** Answers one GET or POST to the token endpoint. */
  void handle(HttpExchange exchange) throws IOException {
    if (!Loopback.isLoopbackPeer(exchange.getRemoteAddress())
        || !Loopback.isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
      HttpReplies.error(
          exchange,
          403,
          "access_denied",
          "The local issuer mints tokens for loopback callers only");
      return;
    }

    FormParameters parameters;
    try {
      parameters = FormParameters.parse(parametersText(exchange));
    } catch (IllegalArgumentException e) {
      HttpReplies.error(exchange, 400, "invalid_request", "Malformed or oversized parameters");
      return;
    }
    mint(exchange, parameters);
  }

  private static String parametersText(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("GET")) {
      return exchange.getRequestURI().getRawQuery();
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new IllegalArgumentException("body too large");
      }
      return new String(body, StandardCharsets.US_ASCII);
    }
  }

  private void mint(HttpExchange exchange, FormParameters parameters) throws IOException {
    long lifetime;
    JWSAlgorithm algorithm;
    try {
      lifetime = lifetimeSeconds(parameters.first("expires_in"));
      algorithm = algorithm(parameters.first("alg"));
    } catch (IllegalArgumentException e) {
      HttpReplies.error(exchange, 400, "invalid_request", e.getMessage());
      return;
    }

    TokenBuilder token =
        tokens
            .get()
            .expiresIn(Duration.ofSeconds(lifetime))
            .scopes(parameters.list("scope"))
            .roles(parameters.list("roles"))
            .permissions(parameters.list("permissions"));
    if (algorithm != null) {
      token.algorithm(algorithm);
    }
    String[] audiences = parameters.list("aud");
    if (audiences.length > 0) {
      token.audience(audiences);
    }
    if (parameters.first("sub") != null) {
      token.subject(parameters.first("sub"));
    }

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token.sign());
    body.put("token_type", "Bearer");
    body.put("expires_in", lifetime);
    body.put("scope", String.join(" ", parameters.list("scope")));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    HttpReplies.json(exchange, 200, body);
  }

  private long lifetimeSeconds(String text) {
    if (text == null) {
      return defaultLifetime.toSeconds();
    }
    try {
      long seconds = Long.parseLong(text);
      if (seconds >= 1 && seconds <= MAX_LIFETIME_SECONDS) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // Falls through to the same message as an out-of-range number.
    }
    throw new IllegalArgumentException("expires_in must be whole seconds from 1 to 86400");
  }

  private static JWSAlgorithm algorithm(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("RS256")) {
      return JWSAlgorithm.RS256;
    }
    if (text.equals("ES256")) {
      return JWSAlgorithm.ES256;
    }
    throw new IllegalArgumentException("alg must be RS256 or ES256");
  }
}
