package io.axioms.runtime;

/** Why a call was refused, and what that means on the wire. */
public enum FailureReason {
  /** No credential was presented: 401 with no error code. */
  MISSING_CREDENTIAL(401, null),
  /** The credential is malformed, expired, wrongly signed or not for this API: 401. */
  INVALID_TOKEN(401, "invalid_token"),
  /** A valid token lacks a required scope, role or permission: 403. */
  INSUFFICIENT_SCOPE(403, "insufficient_scope"),
  /** The issuer's keys could not be retrieved, so nothing can be verified: 503. */
  KEY_SET_UNAVAILABLE(503, "temporarily_unavailable");

  private final int status;
  private final String errorCode;

  FailureReason(int status, String errorCode) {
    this.status = status;
    this.errorCode = errorCode;
  }

  /**
   * Returns the HTTP status code for this reason.
   *
   * @return 401, 403 or 503
   */
  public int status() {
    return status;
  }

  /**
   * Returns the OAuth2 error code for this reason.
   *
   * @return the code, or {@code null} for {@link #MISSING_CREDENTIAL}, which has none
   */
  public String errorCode() {
    return errorCode;
  }
}
