package io.axioms.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The one failure that validation and authorization throw: a {@link FailureReason} (and so an HTTP
 * status) and a description that is safe to send to the client. The description never contains
 * bytes taken from the request.
 */
public final class AxiomsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FailureReason reason;
  private final transient Requirement failedRequirement;

  private AxiomsException(
      FailureReason reason, String description, Requirement failedRequirement, Throwable cause) {
    super(Objects.requireNonNull(description, "description"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.failedRequirement = failedRequirement;
  }

  /**
   * Returns a failure for a request that presented no credential.
   *
   * @return the failure, status 401
   */
  public static AxiomsException missingCredential() {
    return new AxiomsException(
        FailureReason.MISSING_CREDENTIAL, "Missing bearer access token", null, null);
  }

  /**
   * Returns a failure for a credential that cannot be accepted.
   *
   * @param description a fixed, client-safe description of what is wrong
   * @param cause the underlying exception, or {@code null}; kept for logs, never sent
   * @return the failure, status 401
   */
  public static AxiomsException invalidToken(String description, Throwable cause) {
    return new AxiomsException(FailureReason.INVALID_TOKEN, description, null, cause);
  }

  /**
   * Returns a failure for a valid token that does not meet a requirement.
   *
   * @param requirement the requirement that failed
   * @return the failure, status 403
   */
  public static AxiomsException insufficient(Requirement requirement) {
    String description = "Access token lacks a required " + requirement.kind().noun();
    return new AxiomsException(FailureReason.INSUFFICIENT_SCOPE, description, requirement, null);
  }

  /**
   * Returns a failure for keys that could not be retrieved from the issuer.
   *
   * @param description a fixed, client-safe description
   * @param cause the underlying exception, or {@code null}; kept for logs, never sent
   * @return the failure, status 503
   */
  public static AxiomsException keySetUnavailable(String description, Throwable cause) {
    return new AxiomsException(FailureReason.KEY_SET_UNAVAILABLE, description, null, cause);
  }

  /**
   * Returns why the call was refused.
   *
   * @return the reason
   */
  public FailureReason reason() {
    return reason;
  }

  /**
   * Returns the HTTP status code to answer with.
   *
   * @return 401, 403 or 503
   */
  public int status() {
    return reason.status();
  }

  /**
   * Returns the client-safe description, the {@code error_description} on the wire.
   *
   * @return the description
   */
  public String description() {
    return getMessage();
  }

  /**
   * Returns the scopes that would satisfy the failed requirement, for the {@code scope} attribute
   * of {@code WWW-Authenticate}.
   *
   * @return the required scopes when a scope requirement failed, otherwise an empty list
   */
  public List<String> requiredScopes() {
    if (failedRequirement == null || failedRequirement.kind() != ClaimKind.SCOPE) {
      return List.of();
    }
    return failedRequirement.values();
  }

  /**
   * Returns the requirement that failed, for a 403.
   *
   * @return the requirement, or {@code null} when the failure is not a 403
   */
  public Requirement failedRequirement() {
    return failedRequirement;
  }
}
