package io.axioms.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Step 6: the time, issuer and audience claims. {@code exp} is required and must be a JSON number
 * of seconds between 1970 and the end of year 9999; the token is valid while now is before {@code
 * exp} plus the leeway. {@code nbf} and {@code iat}, when present, must be such numbers too; the
 * token is refused before {@code nbf} minus the leeway and when {@code iat} is later than now plus
 * the leeway. {@code iss} must equal the configured issuer exactly, when one is configured. The
 * audience claims ({@code AXIOMS_AUDIENCE_CLAIMS}, default {@code aud}) are tried in order and the
 * first one present (not absent and not JSON null) decides: it must equal the audience, or be an
 * array with an element equal to it; there is no substring or case-insensitive matching, and a
 * token with none of them is refused. Listing {@code client_id} after {@code aud} admits AWS
 * Cognito access tokens, which carry the app client id there and no {@code aud}; Cognito ID tokens
 * carry {@code aud} too, and are refused by the ID-token rule whatever the audience claims.
 */
final class ClaimRules {

  /** 9999-12-31T23:59:59Z, the largest time accepted, in seconds. */
  static final double MAX_TIME = 253_402_300_799d;

  private final Clock clock;
  private final double leewaySeconds;
  private final String issuer;
  private final String audience;
  private final List<ClaimPath> audiencePaths;

  ClaimRules(
      Clock clock, Duration leeway, String issuer, String audience, List<ClaimPath> audiencePaths) {
    this.clock = clock;
    this.leewaySeconds = leeway.toMillis() / 1000d;
    this.issuer = issuer;
    this.audience = audience;
    this.audiencePaths = List.copyOf(audiencePaths);
  }

  /**
   * Checks the claims of a token whose signature verified.
   *
   * @return the expiry, in seconds since the epoch
   * @throws AxiomsException 401 naming the first rule the claims break
   */
  double check(Map<String, Object> claims) {
    double now = clock.millis() / 1000d;
    double expiry = expiry(claims);
    if (now >= expiry + leewaySeconds) {
      throw Rejection.EXPIRED.exception();
    }
    Double notBefore = optionalTime(claims, "nbf", Rejection.NBF_INVALID);
    if (notBefore != null && now < notBefore - leewaySeconds) {
      throw Rejection.NOT_YET_VALID.exception();
    }
    Double issuedAt = optionalTime(claims, "iat", Rejection.IAT_INVALID);
    if (issuedAt != null && issuedAt > now + leewaySeconds) {
      throw Rejection.IAT_FUTURE.exception();
    }
    if (issuer != null && !issuer.equals(claims.get("iss"))) {
      throw Rejection.ISSUER.exception();
    }
    if (!hasAudience(audienceValue(claims))) {
      throw Rejection.AUDIENCE.exception();
    }
    if (isIdToken(claims)) {
      throw Rejection.ID_TOKEN.exception();
    }
    return expiry;
  }

  /**
   * Returns the value of the audience claim that decides, the first of the configured ones present.
   *
   * @return the value, or {@code null} when none is present
   */
  Object audienceValue(Map<String, Object> claims) {
    return ClaimPath.first(audiencePaths, claims);
  }

  /**
   * Returns whether claims mark an OpenID Connect ID token: {@code at_hash} or {@code c_hash} (OIDC
   * Core 3.1.3.6 and 3.3.2.11, ID tokens only), Cognito's {@code token_use: id}, or Keycloak's
   * {@code typ: ID}. A {@code nonce} alone is not enough: Keycloak puts one in its access tokens
   * too.
   */
  private static boolean isIdToken(Map<String, Object> claims) {
    return claims.containsKey("at_hash")
        || claims.containsKey("c_hash")
        || "id".equals(claims.get("token_use"))
        || "ID".equals(claims.get("typ"));
  }

  private static double expiry(Map<String, Object> claims) {
    if (claims.get("exp") == null && !claims.containsKey("exp")) {
      throw Rejection.EXP_MISSING.exception();
    }
    Double expiry = time(claims.get("exp"));
    if (expiry == null) {
      throw Rejection.EXP_INVALID.exception();
    }
    return expiry;
  }

  private static Double optionalTime(Map<String, Object> claims, String name, Rejection invalid) {
    if (!claims.containsKey(name)) {
      return null;
    }
    Double time = time(claims.get(name));
    if (time == null) {
      throw invalid.exception();
    }
    return time;
  }

  /** Returns a NumericDate in range, or {@code null} for anything else, JSON null included. */
  private static Double time(Object value) {
    if (!(value instanceof Long) && !(value instanceof Double)) {
      return null;
    }
    double seconds = ((Number) value).doubleValue();
    return seconds >= 0 && seconds <= MAX_TIME ? seconds : null;
  }

  private boolean hasAudience(Object aud) {
    if (aud instanceof String) {
      return audience.equals(aud);
    }
    return aud instanceof List && ((List<?>) aud).contains(audience);
  }
}
