package io.axioms.runtime;

/**
 * Every reason the validator gives for a 401, in one place. Each description is fixed text, safe to
 * send to a client: none contains bytes from the request.
 */
enum Rejection {
  HEADER_TOO_LARGE("Authorization header exceeds the size limit"),
  HEADER_SYNTAX("Authorization header must be 'Bearer' and exactly one token"),
  TOKEN_SYNTAX("Bearer token contains characters outside the token syntax"),
  ENCRYPTED("Encrypted tokens (JWE) are not accepted"),
  SEGMENTS("Access token must be a compact JWS of three segments"),
  BASE64("Access token segment is not canonical unpadded base64url"),
  UNSIGNED("Access token has no signature"),
  NOT_UTF8("Access token segment is not UTF-8"),
  NOT_JSON_OBJECT("Access token header or payload is not a JSON object"),
  DUPLICATE_MEMBER("Access token header or payload repeats a member name"),
  ALGORITHM("Access token algorithm is not accepted"),
  KID_MISSING("Access token header has no key id (kid)"),
  CRIT_MALFORMED("Access token crit header must be a non-empty list of names"),
  CRIT_NOT_UNDERSTOOD("Access token crit header names an extension this server does not support"),
  TYP("Access token type (typ) is not accepted"),
  NESTED("Nested tokens are not accepted"),
  UNENCODED_PAYLOAD("Access token uses the unencoded-payload option (b64), which is not accepted"),
  KEY_UNKNOWN("No key of the issuer matches the access token's key id"),
  KEY_NOT_PUBLIC("The issuer's key is not a public key"),
  KEY_TYPE("The issuer's key does not fit the access token's algorithm"),
  KEY_ALGORITHM("The issuer's key is declared for another algorithm"),
  KEY_USE("The issuer's key is not declared for signature verification"),
  KEY_TOO_SMALL("The issuer's RSA key is shorter than 2048 bits"),
  KEY_WEAK("The issuer's RSA key has the ROCA weakness (CVE-2017-15361)"),
  SIGNATURE("Access token signature is invalid"),
  EXP_MISSING("Access token has no expiry (exp)"),
  EXP_INVALID("Access token expiry (exp) is not a valid time"),
  EXPIRED("Access token has expired"),
  NBF_INVALID("Access token not-before time (nbf) is not a valid time"),
  NOT_YET_VALID("Access token is not valid yet"),
  IAT_INVALID("Access token issue time (iat) is not a valid time"),
  IAT_FUTURE("Access token was issued in the future"),
  ISSUER("Access token issuer does not match"),
  AUDIENCE("Access token audience does not match"),
  ID_TOKEN("An ID token is not an access token"),
  UNEXPECTED("Access token could not be validated");

  private final String description;

  Rejection(String description) {
    this.description = description;
  }

  /** Returns the client-safe description. */
  String description() {
    return description;
  }

  /** Returns the 401 failure for this reason. */
  AxiomsException exception() {
    return AxiomsException.invalidToken(description, null);
  }

  /** Returns the 401 failure for this reason, keeping the underlying cause for logs. */
  AxiomsException exception(Throwable cause) {
    return AxiomsException.invalidToken(description, cause);
  }
}
