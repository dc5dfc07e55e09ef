package io.axioms.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds compact JWS tokens from raw header and payload JSON, so tests can write headers and
 * payloads no JWT library would produce (duplicate members, odd types).
 */
final class TestTokens {

  static final String AUDIENCE = "orders-api";

  private TestTokens() {}

  /** Returns a header with {@code alg}, {@code kid} and {@code typ: JWT}. */
  static Map<String, Object> header(JWSAlgorithm algorithm, String kid) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", algorithm.getName());
    header.put("kid", kid);
    header.put("typ", "JWT");
    return header;
  }

  /** Returns claims valid for five minutes from now, for the given issuer and {@link #AUDIENCE}. */
  static Map<String, Object> claims(String issuer) {
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", "user-1");
    claims.put("aud", AUDIENCE);
    claims.put("iat", now);
    claims.put("exp", now + 300);
    claims.put("scope", "openid profile");
    claims.put("roles", List.of("editor"));
    claims.put("permissions", List.of("resource:read"));
    return claims;
  }

  /** Returns a token signed with the key, using the algorithm named in the header. */
  static String sign(Map<String, Object> header, Map<String, Object> claims, JWK key) {
    return sign(JSONObjectUtils.toJSONString(header), JSONObjectUtils.toJSONString(claims), key);
  }

  /** Returns a token of raw header and payload JSON, signed with the key. */
  static String sign(String headerJson, String payloadJson, JWK key) {
    String alg = (String) parseAlg(headerJson);
    String signingInput = encode(headerJson) + "." + encode(payloadJson);
    return signingInput + "." + signature(key, JWSAlgorithm.parse(alg), signingInput);
  }

  /** Returns the base64url encoding of a UTF-8 string, without padding. */
  static String encode(String text) {
    return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Returns the encoded signature of a signing input. */
  static String signature(JWK key, JWSAlgorithm algorithm, String signingInput) {
    try {
      byte[] bytes = signingInput.getBytes(StandardCharsets.US_ASCII);
      return signer(key).sign(new JWSHeader(algorithm), bytes).toString();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JWSSigner signer(JWK key) throws JOSEException {
    if (key instanceof RSAKey) {
      return new RSASSASigner((RSAKey) key, true);
    }
    return new ECDSASigner((ECKey) key);
  }

  /** Returns the first {@code alg} value of a header, read without a JSON parser. */
  private static Object parseAlg(String headerJson) {
    String marker = "\"alg\":\"";
    int start = headerJson.indexOf(marker) + marker.length();
    return headerJson.substring(start, headerJson.indexOf('"', start));
  }
}
