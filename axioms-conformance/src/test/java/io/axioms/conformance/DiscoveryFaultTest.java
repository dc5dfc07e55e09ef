package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.FailureReason;
import io.axioms.test.EndpointOverride;
import io.axioms.test.LocalIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults of the issuer's OpenID Connect discovery document, for an API configured with the issuer
 * URL alone. A document that names another issuer, points at a key set the URL rules forbid, or is
 * not a document at all is not used: the key set is then {@code {issuer}/.well-known/jwks.json}. An
 * issuer that cannot be reached is a 503 until a retry succeeds. In no case does a key set named by
 * a foreign document get fetched.
 */
class DiscoveryFaultTest {

  private static final Duration BOUND = Duration.ofSeconds(15);

  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : started) {
      closeable.close();
    }
  }

  private ProtectedApi api() {
    ProtectedApi api = ProtectedApi.discovering(DiscoveryFaultTest::shortTimings);
    started.add(api);
    return api;
  }

  static AxiomsConfig.Builder shortTimings(AxiomsConfig.Builder builder) {
    return builder
        .set("AXIOMS_JWKS_REFRESH_AHEAD", "0s")
        .set("AXIOMS_JWKS_RATE_LIMIT", "1s")
        .set("AXIOMS_JWKS_CONNECT_TIMEOUT", "500ms")
        .set("AXIOMS_JWKS_READ_TIMEOUT", "500ms")
        .set("AXIOMS_JWKS_FETCH_DEADLINE", "1s")
        .set("AXIOMS_JWKS_SIZE_LIMIT", "16384");
  }

  private LocalIssuer attacker() {
    LocalIssuer attacker = LocalIssuer.start();
    started.add(attacker);
    return attacker;
  }

  /** Returns a discovery document naming an issuer and a key-set URL. */
  static String document(String issuer, String jwksUri) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("jwks_uri", jwksUri);
    return Jws.json(document);
  }

  @Test
  void discoveredKeySetIsUsed() {
    ProtectedApi api = api();

    api.accept(api.forge.valid());

    assertEquals(1, api.issuer.discoveryEndpoint().requestCount());
  }

  @Test
  void documentNamingAnotherIssuerIsNotUsed() {
    ProtectedApi api = api();
    LocalIssuer attacker = attacker();
    api.issuer
        .discoveryEndpoint()
        .override(EndpointOverride.json(document(attacker.issuerUrl(), attacker.jwksUrl())));

    api.accept(api.forge.valid());
    api.reject(new TokenForge(attacker, api.issuer.issuerUrl()).valid());

    assertEquals(0, attacker.jwksEndpoint().requestCount(), "the foreign key set was fetched");
  }

  static Stream<Named<String>> forbiddenKeySetUrls() {
    return Stream.of(
        Named.of("plain http to a host that is not loopback", "http://keys.example/jwks.json"),
        Named.of("a file URL", "file:///etc/passwd"),
        Named.of("user information in the URL", "https://user:pass@keys.example/jwks.json"),
        Named.of("a relative URL", "/jwks.json"),
        Named.of("not a URL", "not a url"));
  }

  @ParameterizedTest(name = "jwks_uri {0}: not used")
  @MethodSource("forbiddenKeySetUrls")
  void keySetUrlBreakingTheUrlRulesIsNotUsed(String jwksUri) {
    ProtectedApi api = api();
    api.issuer
        .discoveryEndpoint()
        .override(EndpointOverride.json(document(api.issuer.issuerUrl(), jwksUri)));

    api.accept(api.forge.valid());
  }

  static Stream<Named<EndpointOverride>> unusableDocuments() {
    return Stream.of(
        Named.of("404", EndpointOverride.status(404)),
        Named.of(
            "an HTML page", EndpointOverride.json("<html></html>").withContentType("text/html")),
        Named.of("truncated JSON", EndpointOverride.json("{\"issuer\":\"http")),
        Named.of("a JSON array", EndpointOverride.json("[]")),
        Named.of("no jwks_uri", EndpointOverride.json("{}")),
        Named.of(
            "a document over the size limit",
            EndpointOverride.json("{\"pad\":\"" + "A".repeat(100_000) + "\"}")));
  }

  @ParameterizedTest(name = "discovery answers {0}: the default key-set URL is used")
  @MethodSource("unusableDocuments")
  void unusableDocumentFallsBackToTheDefaultKeySetUrl(EndpointOverride answer) {
    ProtectedApi api = api();
    api.issuer.discoveryEndpoint().override(answer);

    api.accept(api.forge.valid());
  }

  @Test
  void unreachableIssuerIsUnavailableUntilARetrySucceeds() {
    ProtectedApi api = api();
    api.issuer.discoveryEndpoint().override(EndpointOverride.status(503));
    String token = api.forge.valid();

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> api.validator().validate("Bearer " + token));
    assertEquals(FailureReason.KEY_SET_UNAVAILABLE, failure.reason(), failure.description());
    api.issuer.discoveryEndpoint().reset();

    Eventually.within(BOUND, "accepted once discovery is retried", () -> accepts(api, token));
  }

  @Test
  void discoveryRedirectIsNotFollowed() {
    ProtectedApi api = api();
    LocalIssuer attacker = attacker();
    String realIssuer = api.issuer.issuerUrl();
    attacker
        .discoveryEndpoint()
        .override(EndpointOverride.json(document(realIssuer, attacker.jwksUrl())));
    api.issuer
        .discoveryEndpoint()
        .override(EndpointOverride.status(302).withHeader("Location", attacker.discoveryUrl()));

    api.reject(new TokenForge(attacker, realIssuer).valid());

    assertEquals(0, attacker.discoveryEndpoint().requestCount(), "the redirect was followed");
    assertEquals(0, attacker.jwksEndpoint().requestCount(), "the foreign key set was fetched");
  }

  @Test
  void discoveryTrickleIsCutOffByATotalDeadline() {
    ProtectedApi api = api();
    String document =
        document(api.issuer.issuerUrl(), api.issuer.jwksUrl())
            .replace("}", ",\"pad\":\"" + " ".repeat(200) + "\"}");
    api.issuer
        .discoveryEndpoint()
        .override(EndpointOverride.json(document).withTrickle(1, Duration.ofMillis(200)));
    String token = api.forge.valid();

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            api.validator().validate("Bearer " + token);
          } catch (AxiomsException refused) {
            assertEquals(FailureReason.KEY_SET_UNAVAILABLE, refused.reason());
          }
        });
  }

  private static boolean accepts(ProtectedApi api, String token) {
    try {
      api.validator().validate("Bearer " + token);
      return true;
    } catch (AxiomsException refused) {
      return false;
    }
  }
}
