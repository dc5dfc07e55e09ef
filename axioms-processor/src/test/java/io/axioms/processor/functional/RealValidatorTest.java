package io.axioms.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.ErrorResponse;
import io.axioms.runtime.FailureReason;
import io.axioms.runtime.JwtAccessTokenValidator;
import io.axioms.runtime.Requirement;
import io.axioms.runtime.VerifiedAccessToken;
import io.axioms.test.LocalIssuer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the guard generated for {@link OrdersApi} with the runtime's real validator, trusting a
 * local issuer on loopback whose keys are generated when it starts.
 */
class RealValidatorTest {

  private static LocalIssuer issuer;
  private static LocalIssuer stranger;
  private static JwtAccessTokenValidator validator;

  private final RecordingOrders orders = new RecordingOrders();
  private final OrdersApi guard = new GuardedOrdersApi(orders, validator);

  @BeforeAll
  static void startIssuers() {
    issuer = LocalIssuer.start();
    stranger = LocalIssuer.start();
    validator =
        JwtAccessTokenValidator.create(
            AxiomsConfig.builder()
                .audience(issuer.audience())
                .issuerUrl(issuer.issuerUrl())
                .jwksUrl(issuer.jwksUrl())
                .build());
  }

  @AfterAll
  static void stopIssuers() {
    validator.close();
    stranger.close();
    issuer.close();
  }

  @Test
  void signedTokenWithTheScopeReachesTheImplementationWithItsClaims() throws IOException {
    String header = bearer(issuer.token().subject("alice").scopes("orders:read").sign());

    String answer = guard.getOrder(header, 42);

    assertEquals("order 42", answer);
    VerifiedAccessToken seen = orders.tokens.get(0).orElseThrow();
    assertEquals("alice", seen.subject());
    assertTrue(seen.scopes().contains("orders:read"));
  }

  @Test
  void missingHeaderIs401WithABareChallenge() {
    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.getOrder(null, 1));

    assertEquals(FailureReason.MISSING_CREDENTIAL, failure.reason());
    ErrorResponse response = ErrorResponse.of(failure, issuer.issuerUrl());
    assertEquals(401, response.status());
    assertEquals(
        Optional.of("Bearer realm=\"" + issuer.issuerUrl() + "\""), response.wwwAuthenticate());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void tokenSignedByAnotherIssuersKeyIs401() {
    String forged =
        bearer(stranger.token().issuer(issuer.issuerUrl()).scopes("orders:read").sign());

    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.getOrder(forged, 1));

    assertEquals(FailureReason.INVALID_TOKEN, failure.reason());
    assertEquals(401, failure.status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void tokenForAnotherAudienceIs401() {
    String header = bearer(issuer.token().audience("someone-else").scopes("orders:read").sign());

    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.getOrder(header, 1));

    assertEquals(401, failure.status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void validTokenWithoutTheScopeIs403NamingTheScopes() {
    String header = bearer(issuer.token().scopes("profile").sign());

    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.getOrder(header, 1));

    assertEquals(FailureReason.INSUFFICIENT_SCOPE, failure.reason());
    assertEquals(403, failure.status());
    assertEquals(List.of("orders:read", "orders:admin"), failure.requiredScopes());
    String challenge =
        ErrorResponse.of(failure, issuer.issuerUrl()).wwwAuthenticate().orElseThrow();
    assertTrue(challenge.contains("error=\"insufficient_scope\""), challenge);
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void validTokenWithoutTheRoleIs403() {
    String header = bearer(issuer.token().scopes("orders:write").roles("viewer").sign());

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> guard.placeOrder(header, "tea"));

    assertEquals(403, failure.status());
    assertEquals(Requirement.anyRole("clerk"), failure.failedRequirement());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void tokenWithScopeAndRoleIsAllowed() {
    String header = bearer(issuer.token().scopes("orders:write").roles("clerk").sign());

    guard.placeOrder(header, "tea");

    assertEquals(List.of("placeOrder tea"), orders.calls);
    assertTrue(orders.tokens.get(0).orElseThrow().roles().contains("clerk"));
  }

  @Test
  void publicMethodNeedsNoToken() {
    assertEquals(200, guard.health());
    assertEquals(Optional.empty(), orders.tokens.get(0));
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }
}
