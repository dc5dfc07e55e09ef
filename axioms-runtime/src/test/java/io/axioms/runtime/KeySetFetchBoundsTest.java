package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.axioms.test.EndpointOverride;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every key-set and discovery fetch is bounded: a total deadline however slowly the body arrives,
 * no redirects, and an answer within the timeouts when the issuer is down. The bounded waits are
 * generous: they catch a hang, they do not measure speed.
 */
class KeySetFetchBoundsTest extends SharedIssuers {

  /** Short bounds: connect 300 ms, read 500 ms, deadline 1 s. */
  private static final Map<String, String> SHORT_BOUNDS =
      Map.of(
          "AXIOMS_JWKS_CONNECT_TIMEOUT", "300ms",
          "AXIOMS_JWKS_READ_TIMEOUT", "500ms",
          "AXIOMS_JWKS_FETCH_DEADLINE", "1s");

  /** Far more than deadline + read timeout, far less than a trickle without a deadline. */
  private static final Duration HANG = Duration.ofSeconds(20);

  /** The real key set, one byte every 100 ms: about three minutes in all. */
  private static EndpointOverride tricklingKeySet() {
    return EndpointOverride.json(issuer.signingKeys().publicKeySet().toString())
        .withTrickle(1, Duration.ofMillis(100));
  }

  private static JwtAccessTokenValidator validatorFor(String keySetUrl) {
    Map<String, String> extra = new java.util.HashMap<>(SHORT_BOUNDS);
    extra.put("AXIOMS_JWKS_URL", keySetUrl);
    return LoopbackValidators.validator(issuer, extra);
  }

  @Test
  void tricklingKeySetIs503AtTheDeadline() {
    issuer.jwksEndpoint().override(tricklingKeySet());
    assertTimeoutPreemptively(
        HANG,
        () -> {
          try (JwtAccessTokenValidator validator =
              LoopbackValidators.validator(issuer, SHORT_BOUNDS)) {
            assertUnavailable(validator);
          }
        });
    assertEquals(1, issuer.jwksEndpoint().requestCount());
  }

  @Test
  void tricklingDiscoveryDocumentIsBoundedToo() {
    issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.json(
                    "{\"issuer\":\""
                        + issuer.issuerUrl()
                        + "\",\"jwks_uri\":\""
                        + issuer.jwksUrl()
                        + "\"}")
                .withTrickle(1, Duration.ofMillis(100)));
    assertTimeoutPreemptively(
        HANG,
        () -> {
          try (JwtAccessTokenValidator validator =
              JwtAccessTokenValidator.create(
                  LoopbackValidators.discoveryConfig(issuer, SHORT_BOUNDS))) {
            assertUnavailable(validator);
          }
        });
  }

  @Test
  void keySetRedirectIsNotFollowed() {
    for (int status : new int[] {301, 302, 307, 308}) {
      issuer
          .jwksEndpoint()
          .override(EndpointOverride.status(status).withHeader("Location", elsewhere().jwksUrl()));
      try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
        String token = elsewhere().token().issuer(issuer.issuerUrl()).sign();
        AxiomsException e =
            assertThrows(AxiomsException.class, () -> validator.validate("Bearer " + token));
        assertEquals(503, e.status(), e.description());
      }
    }
    assertEquals(0, elsewhere().jwksEndpoint().requestCount());
  }

  @Test
  void discoveryRedirectIsNotFollowed() {
    issuer
        .discoveryEndpoint()
        .override(EndpointOverride.status(302).withHeader("Location", elsewhere().discoveryUrl()));
    try (JwtAccessTokenValidator validator =
        JwtAccessTokenValidator.create(LoopbackValidators.discoveryConfig(issuer, Map.of()))) {
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
    }
    assertEquals(0, elsewhere().discoveryEndpoint().requestCount());
    assertEquals(1, issuer.jwksEndpoint().requestCount());
  }

  @Test
  void keySetThatIsNotUtf8Is503() {
    byte[] body = "{\"keys\":[],\"x\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    issuer.jwksEndpoint().override(EndpointOverride.status(200).withBody(body));
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      assertUnavailable(validator);
    }
  }

  @Test
  void closedPortIs503WithinTheTimeouts() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/jwks.json";
    assertTimeoutPreemptively(
        HANG,
        () -> {
          try (JwtAccessTokenValidator validator = validatorFor(url)) {
            assertUnavailable(validator);
            assertUnavailable(validator);
          }
        });
  }

  @Test
  void serverThatNeverAnswersIs503WithinTheTimeouts() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/jwks.json";
      assertTimeoutPreemptively(
          HANG,
          () -> {
            try (JwtAccessTokenValidator validator = validatorFor(url)) {
              assertUnavailable(validator);
            }
          });
    }
  }

  @Test
  void discoveryFromAServerThatNeverAnswersIs503WithinTheTimeouts() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String issuerUrl = "http://127.0.0.1:" + silent.getLocalPort();
      AxiomsConfig.Builder builder =
          AxiomsConfig.builder(java.util.List.of())
              .audience(issuer.audience())
              .issuerUrl(issuerUrl);
      SHORT_BOUNDS.forEach(builder::set);
      AxiomsConfig config = builder.build();
      assertTimeoutPreemptively(
          HANG,
          () -> {
            try (JwtAccessTokenValidator validator = JwtAccessTokenValidator.create(config)) {
              assertUnavailable(validator);
            }
          });
    }
  }
}
