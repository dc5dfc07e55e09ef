package io.axioms.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to send for a failure, independent of any HTTP framework: a status, an RFC 6750 {@code
 * WWW-Authenticate} challenge and a JSON body {@code {"error": "...", "error_description": "..."}}.
 *
 * <ul>
 *   <li>no credential: 401, {@code Bearer realm="<issuer>"}, body error {@code unauthorized};
 *   <li>an invalid credential: 401, {@code Bearer realm="<issuer>", error="invalid_token",
 *       error_description="..."};
 *   <li>a valid token that lacks a requirement: 403, {@code error="insufficient_scope"}, plus
 *       {@code scope="..."} with the accepted scopes when a scope requirement failed;
 *   <li>key set unavailable: 503, no challenge (the client's credential is not at fault), body
 *       error {@code temporarily_unavailable}.
 * </ul>
 *
 * <p>The realm is omitted when no issuer is configured. Header values are double-quoted, with
 * {@code "} and {@code \} escaped and any character outside printable ASCII replaced by {@code ?}.
 */
public final class ErrorResponse {

  private static final String CONTENT_TYPE = "application/json";
  private static final String MISSING_CREDENTIAL_ERROR = "unauthorized";

  private final int status;
  private final String wwwAuthenticate;
  private final String body;

  private ErrorResponse(int status, String wwwAuthenticate, String body) {
    this.status = status;
    this.wwwAuthenticate = wwwAuthenticate;
    this.body = body;
  }

  /**
   * Returns the response for a failure, with the configured issuer as realm.
   *
   * @param failure the failure
   * @param config the configuration whose issuer is the realm
   * @return the response
   */
  public static ErrorResponse of(AxiomsException failure, AxiomsConfig config) {
    return of(failure, config.issuer().orElse(null));
  }

  /**
   * Returns the response for a failure.
   *
   * @param failure the failure
   * @param realm the {@code realm} of the challenge, normally the issuer, or {@code null} for none
   * @return the response
   */
  public static ErrorResponse of(AxiomsException failure, String realm) {
    Objects.requireNonNull(failure, "failure");
    FailureReason reason = failure.reason();
    String error = reason.errorCode() == null ? MISSING_CREDENTIAL_ERROR : reason.errorCode();
    String body =
        "{\"error\":"
            + JsonText.quote(error)
            + ",\"error_description\":"
            + JsonText.quote(failure.description())
            + "}";
    return new ErrorResponse(failure.status(), challenge(failure, realm), body);
  }

  private static String challenge(AxiomsException failure, String realm) {
    FailureReason reason = failure.reason();
    if (reason == FailureReason.KEY_SET_UNAVAILABLE) {
      return null;
    }
    StringBuilder challenge = new StringBuilder("Bearer");
    String separator = " ";
    if (realm != null) {
      challenge.append(separator).append("realm=").append(HeaderText.quote(realm));
      separator = ", ";
    }
    if (reason == FailureReason.MISSING_CREDENTIAL) {
      return challenge.toString();
    }
    challenge.append(separator).append("error=").append(HeaderText.quote(reason.errorCode()));
    challenge.append(", error_description=").append(HeaderText.quote(failure.description()));
    List<String> scopes = failure.requiredScopes();
    if (!scopes.isEmpty()) {
      challenge.append(", scope=").append(HeaderText.quote(String.join(" ", scopes)));
    }
    return challenge.toString();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return 401, 403 or 503
   */
  public int status() {
    return status;
  }

  /**
   * Returns the {@code WWW-Authenticate} header value.
   *
   * @return the challenge, or empty for a 503
   */
  public Optional<String> wwwAuthenticate() {
    return Optional.ofNullable(wwwAuthenticate);
  }

  /**
   * Returns the {@code Content-Type} of the body.
   *
   * @return {@code application/json}
   */
  public String contentType() {
    return CONTENT_TYPE;
  }

  /**
   * Returns the JSON body.
   *
   * @return {@code {"error":"...","error_description":"..."}}
   */
  public String body() {
    return body;
  }

  /**
   * Returns the JSON body as UTF-8 bytes, ready for a fixed-length response.
   *
   * @return a new array
   */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return status + " " + wwwAuthenticate().orElse("") + " " + body;
  }
}
