package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.test.EndpointOverride;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the key set through the issuer's OIDC discovery document. */
class DiscoveryTest extends SharedIssuers {

  private static JwtAccessTokenValidator discovering(Map<String, String> extra) {
    return JwtAccessTokenValidator.create(LoopbackValidators.discoveryConfig(issuer, extra));
  }

  private static String discoveryDocument(String issuerName, String jwksUri) {
    return "{\"issuer\":\"" + issuerName + "\",\"jwks_uri\":\"" + jwksUri + "\"}";
  }

  /** A token of the issuer, signed with a key that only the other server publishes. */
  private static String tokenSignedElsewhere() {
    return elsewhere().token().issuer(issuer.issuerUrl()).audience(issuer.audience()).sign();
  }

  @Test
  void keySetComesFromTheDocumentsJwksUri() {
    issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.json(discoveryDocument(issuer.issuerUrl(), elsewhere().jwksUrl())));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertEquals("local-user", validator.validate("Bearer " + tokenSignedElsewhere()).subject());
      assertEquals(1, issuer.discoveryEndpoint().requestCount());
      assertEquals(1, elsewhere().jwksEndpoint().requestCount());
      assertEquals(0, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void realDiscoveryDocumentWorks() {
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
    }
  }

  @Test
  void documentNamingAnotherIssuerIsNotTrusted() {
    issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.json(
                discoveryDocument(elsewhere().issuerUrl(), elsewhere().jwksUrl())));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertRejected(
          Rejection.KEY_UNKNOWN, () -> validator.validate("Bearer " + tokenSignedElsewhere()));
      assertEquals(0, elsewhere().jwksEndpoint().requestCount());
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
    }
  }

  @Test
  void missingDocumentFallsBackToWellKnownJwks() {
    issuer.discoveryEndpoint().override(EndpointOverride.status(404));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
      assertEquals(1, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void documentWithoutJwksUriFallsBack() {
    issuer
        .discoveryEndpoint()
        .override(EndpointOverride.json("{\"issuer\":\"" + issuer.issuerUrl() + "\"}"));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
    }
  }

  @Test
  void jwksUriOverPlainHttpToARemoteHostIsNotUsed() {
    issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.json(
                discoveryDocument(issuer.issuerUrl(), "http://keys.example.com/jwks.json")));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
      assertEquals(1, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void unreachableDiscoveryAtStartIsRetriedLater() throws InterruptedException {
    issuer.discoveryEndpoint().override(EndpointOverride.status(503));
    try (JwtAccessTokenValidator validator = discovering(Map.of("AXIOMS_JWKS_RATE_LIMIT", "0"))) {
      String token = issuer.token().sign();
      AxiomsException e =
          assertThrows(AxiomsException.class, () -> validator.validate("Bearer " + token));
      assertEquals(503, e.status());
      issuer.discoveryEndpoint().reset();
      VerifiedAccessToken verified = null;
      for (int attempt = 0; attempt < 50 && verified == null; attempt++) {
        Thread.sleep(200);
        verified = validateOrNull(validator, token);
      }
      assertEquals("local-user", verified.subject());
      assertTrue(issuer.discoveryEndpoint().requestCount() >= 2);
    }
  }

  @Test
  void discoveryIsNotRetriedOnEveryRequest() {
    issuer.discoveryEndpoint().override(EndpointOverride.status(503));
    try (JwtAccessTokenValidator validator = discovering(Map.of())) {
      String token = issuer.token().sign();
      for (int i = 0; i < 5; i++) {
        assertThrows(AxiomsException.class, () -> validator.validate("Bearer " + token));
      }
      assertEquals(1, issuer.discoveryEndpoint().requestCount());
    }
  }

  private static VerifiedAccessToken validateOrNull(
      JwtAccessTokenValidator validator, String token) {
    try {
      return validator.validate("Bearer " + token);
    } catch (AxiomsException e) {
      return null;
    }
  }
}
