package io.axioms.test;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local issuer's OpenID Connect discovery document (OpenID Connect Discovery 1.0, RFC 8414).
 */
final class DiscoveryDocument {

  private DiscoveryDocument() {}

  /**
   * Returns the document as JSON. It has no {@code authorization_endpoint}: the local issuer has no
   * login page and issues tokens only from its token endpoint, so clients that insist on the full
   * OpenID provider metadata will reject it.
   */
  static String json(String issuerUrl) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuerUrl);
    document.put("jwks_uri", issuerUrl + IssuerRoutes.JWKS_PATH);
    document.put("token_endpoint", issuerUrl + IssuerRoutes.TOKEN_PATH);
    document.put("grant_types_supported", List.of("client_credentials"));
    document.put("token_endpoint_auth_methods_supported", List.of("none"));
    document.put("response_types_supported", List.of("token"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256", "ES256"));
    return JSONObjectUtils.toJSONString(document);
  }
}
