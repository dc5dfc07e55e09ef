package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.axioms.runtime.AccessPolicy;
import io.axioms.runtime.AccessTokenValidator;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.FailureReason;
import io.axioms.runtime.JwtAccessTokenValidator;
import io.axioms.runtime.VerifiedAccessToken;
import io.axioms.test.LocalIssuer;
import java.util.function.UnaryOperator;

/**
 * The system under test: a {@link LocalIssuer} that the test controls, and a validator configured
 * the way a real API would configure it against that issuer, with an issuer name on {@code https}
 * and the key set fetched from loopback.
 */
final class ProtectedApi implements AutoCloseable {

  /** The {@code iss} the API expects; tokens are minted for it, keys come from loopback. */
  static final String EXPECTED_ISSUER = "https://issuer.axioms.test";

  final LocalIssuer issuer;
  final TokenForge forge;
  private final boolean discovering;
  private final UnaryOperator<AxiomsConfig.Builder> settings;
  private volatile JwtAccessTokenValidator validator;

  private ProtectedApi(
      LocalIssuer issuer, boolean discovering, UnaryOperator<AxiomsConfig.Builder> settings) {
    this.issuer = issuer;
    this.discovering = discovering;
    this.forge = new TokenForge(issuer, discovering ? issuer.issuerUrl() : EXPECTED_ISSUER);
    this.settings = settings;
  }

  /** Starts an issuer; the validator is made on first use, so keys can be published first. */
  static ProtectedApi start() {
    return start(builder -> builder);
  }

  static ProtectedApi start(UnaryOperator<AxiomsConfig.Builder> settings) {
    return new ProtectedApi(LocalIssuer.start(), false, settings);
  }

  /**
   * Starts an issuer that the API knows by its URL only, so that the key set is found through the
   * issuer's discovery document; tokens carry the issuer's own URL as {@code iss}.
   */
  static ProtectedApi discovering(UnaryOperator<AxiomsConfig.Builder> settings) {
    return new ProtectedApi(LocalIssuer.start(), true, settings);
  }

  /** Returns the configuration the validator is built from. */
  AxiomsConfig config() {
    AxiomsConfig.Builder builder = AxiomsConfig.builder().audience(issuer.audience());
    if (discovering) {
      builder.issuerUrl(issuer.issuerUrl());
    } else {
      builder.issuerUrl(EXPECTED_ISSUER).jwksUrl(issuer.jwksUrl());
    }
    return settings.apply(builder).build();
  }

  AccessTokenValidator validator() {
    JwtAccessTokenValidator current = validator;
    if (current == null) {
      synchronized (this) {
        if (validator == null) {
          validator = JwtAccessTokenValidator.create(config());
        }
        current = validator;
      }
    }
    return current;
  }

  /** Asserts that a bearer token is accepted, and returns what the validator made of it. */
  VerifiedAccessToken accept(String token) {
    VerifiedAccessToken verified = validator().validate("Bearer " + token);
    assertNotNull(verified, "validate returned null");
    assertEquals(TokenForge.SUBJECT, verified.subject(), "the token's subject was lost");
    return verified;
  }

  /** Asserts that a header value is refused with the given reason, and returns the failure. */
  AxiomsException rejectHeader(String header, FailureReason expected) {
    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> validator().validate(header), "accepted");
    assertEquals(expected, failure.reason(), () -> "wrong reason: " + failure.description());
    assertSafeDescription(failure, header);
    return failure;
  }

  /** Asserts that a bearer token is refused as {@code invalid_token}. */
  AxiomsException reject(String token) {
    return rejectHeader("Bearer " + token, FailureReason.INVALID_TOKEN);
  }

  /** Asserts that a token is valid but refused by a policy as {@code insufficient_scope}. */
  AxiomsException forbid(String token, AccessPolicy policy) {
    AxiomsException failure =
        assertThrows(
            AxiomsException.class,
            () -> validator().authorize("Bearer " + token, policy),
            "the policy let the token through");
    assertEquals(FailureReason.INSUFFICIENT_SCOPE, failure.reason(), () -> failure.description());
    return failure;
  }

  private static void assertSafeDescription(AxiomsException failure, String header) {
    String description = failure.description();
    assertNotNull(description, "no description");
    assertFalse(
        description.chars().anyMatch(c -> c < 0x20 || c == 0x7f),
        () -> "description carries control characters: " + description);
    if (header != null && header.length() > 16) {
      assertFalse(description.contains(header.substring(7)), "description echoes the token");
    }
  }

  @Override
  public void close() {
    if (validator != null) {
      validator.close();
    }
    issuer.close();
  }
}
