package io.axioms.runtime;

/**
 * Turns the raw value of an HTTP {@code Authorization} header into a verified access token.
 *
 * <p>Generated guards call {@link #authorize} once per guarded call. Implementations are
 * thread-safe and never return a token that failed any check.
 */
public interface AccessTokenValidator {

  /**
   * Returns the verified access token carried by an {@code Authorization} header value.
   *
   * @param authorizationHeader the raw header value, such as {@code "Bearer eyJ..."}, or {@code
   *     null} when the request had no such header
   * @return the verified token, never {@code null}
   * @throws AxiomsException with status 401 when the credential is missing or invalid, or 503 when
   *     the issuer's keys cannot be retrieved
   */
  VerifiedAccessToken validate(String authorizationHeader);

  /**
   * Returns the verified access token of a header value after checking it against a policy.
   *
   * @param authorizationHeader the raw header value, or {@code null} when absent
   * @param policy the requirements the token must meet, checked in order
   * @return the verified token that meets every requirement
   * @throws AxiomsException with status 401 or 503 as {@link #validate} does, or 403 when the token
   *     lacks what the policy requires
   */
  default VerifiedAccessToken authorize(String authorizationHeader, AccessPolicy policy) {
    VerifiedAccessToken token = validate(authorizationHeader);
    policy.check(token);
    return token;
  }
}
