package io.axioms.runtime;

import java.util.List;

/** The names and defaults of every configuration key. */
final class ConfigKeys {

  static final String AUDIENCE = "AXIOMS_AUDIENCE";
  static final String AUDIENCE_CLAIMS = "AXIOMS_AUDIENCE_CLAIMS";
  static final String DOMAIN = "AXIOMS_DOMAIN";
  static final String ISS_URL = "AXIOMS_ISS_URL";
  static final String JWKS_URL = "AXIOMS_JWKS_URL";
  static final String SCOPE_CLAIMS = "AXIOMS_SCOPE_CLAIMS";
  static final String ROLES_CLAIMS = "AXIOMS_ROLES_CLAIMS";
  static final String PERMISSIONS_CLAIMS = "AXIOMS_PERMISSIONS_CLAIMS";
  static final String ALGORITHMS = "AXIOMS_ALGORITHMS";
  static final String TOKEN_TYPS = "AXIOMS_TOKEN_TYPS";
  static final String LEEWAY = "AXIOMS_LEEWAY";
  static final String MAX_TOKEN_SIZE = "AXIOMS_MAX_TOKEN_SIZE";
  static final String JWKS_CACHE_TTL = "AXIOMS_JWKS_CACHE_TTL";
  static final String JWKS_REFRESH_AHEAD = "AXIOMS_JWKS_REFRESH_AHEAD";
  static final String JWKS_RATE_LIMIT = "AXIOMS_JWKS_RATE_LIMIT";
  static final String JWKS_OUTAGE_TOLERANCE = "AXIOMS_JWKS_OUTAGE_TOLERANCE";
  static final String JWKS_CONNECT_TIMEOUT = "AXIOMS_JWKS_CONNECT_TIMEOUT";
  static final String JWKS_READ_TIMEOUT = "AXIOMS_JWKS_READ_TIMEOUT";
  static final String JWKS_FETCH_DEADLINE = "AXIOMS_JWKS_FETCH_DEADLINE";
  static final String JWKS_SIZE_LIMIT = "AXIOMS_JWKS_SIZE_LIMIT";

  /** Every configuration key. */
  static final List<String> ALL =
      List.of(
          AUDIENCE,
          AUDIENCE_CLAIMS,
          DOMAIN,
          ISS_URL,
          JWKS_URL,
          SCOPE_CLAIMS,
          ROLES_CLAIMS,
          PERMISSIONS_CLAIMS,
          ALGORITHMS,
          TOKEN_TYPS,
          LEEWAY,
          MAX_TOKEN_SIZE,
          JWKS_CACHE_TTL,
          JWKS_REFRESH_AHEAD,
          JWKS_RATE_LIMIT,
          JWKS_OUTAGE_TOLERANCE,
          JWKS_CONNECT_TIMEOUT,
          JWKS_READ_TIMEOUT,
          JWKS_FETCH_DEADLINE,
          JWKS_SIZE_LIMIT);

  /** Every asymmetric signature algorithm the runtime can verify; the default allow-list. */
  static final List<String> SUPPORTED_ALGORITHMS =
      List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

  static final List<String> DEFAULT_TOKEN_TYPS = List.of("JWT", "at+jwt", "application/at+jwt");
  static final String DEFAULT_LEEWAY = "30s";
  static final String DEFAULT_MAX_TOKEN_SIZE = "8192";
  static final String DEFAULT_JWKS_CACHE_TTL = "5m";
  static final String DEFAULT_JWKS_REFRESH_AHEAD = "30s";
  static final String DEFAULT_JWKS_RATE_LIMIT = "10s";
  static final String DEFAULT_JWKS_OUTAGE_TOLERANCE = "1h";
  static final String DEFAULT_JWKS_CONNECT_TIMEOUT = "2s";
  static final String DEFAULT_JWKS_READ_TIMEOUT = "2s";
  static final String DEFAULT_JWKS_FETCH_DEADLINE = "5s";
  static final String DEFAULT_JWKS_SIZE_LIMIT = "102400";

  private ConfigKeys() {}
}
