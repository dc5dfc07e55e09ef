package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.axioms.test.LocalIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Loopback issuers shared by the tests of one class: {@link #issuer}, started once, and a second
 * one, {@link #elsewhere()}, started when first asked for. Every test control is undone after each
 * test. Test classes run one at a time, so the static fields are never shared by two at once.
 */
abstract class SharedIssuers {

  static LocalIssuer issuer;
  private static LocalIssuer elsewhere;

  @BeforeAll
  static void startIssuer() {
    issuer = LocalIssuer.start();
  }

  @AfterAll
  static void stopIssuers() {
    issuer.close();
    if (elsewhere != null) {
      elsewhere.close();
      elsewhere = null;
    }
  }

  @AfterEach
  void resetIssuers() {
    issuer.reset();
    if (elsewhere != null) {
      elsewhere.reset();
    }
  }

  /** Returns another issuer, whose keys {@link #issuer} does not publish. */
  static LocalIssuer elsewhere() {
    if (elsewhere == null) {
      elsewhere = LocalIssuer.start();
    }
    return elsewhere;
  }

  /** Asserts that validating the token is a 503: no key set can be had. */
  static AxiomsException assertUnavailable(JwtAccessTokenValidator validator, String token) {
    AxiomsException e =
        assertThrows(AxiomsException.class, () -> validator.validate("Bearer " + token));
    assertEquals(FailureReason.KEY_SET_UNAVAILABLE, e.reason(), e.description());
    assertEquals(503, e.status());
    return e;
  }

  /** Asserts that validating a fresh token of {@link #issuer} is a 503. */
  static AxiomsException assertUnavailable(JwtAccessTokenValidator validator) {
    return assertUnavailable(validator, issuer.token().sign());
  }
}
