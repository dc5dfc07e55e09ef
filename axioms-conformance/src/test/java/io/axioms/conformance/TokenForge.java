package io.axioms.conformance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import io.axioms.test.LocalIssuer;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes tokens for one {@link LocalIssuer}: a valid baseline, and any header or claim set signed
 * with the issuer's real private keys, so that each attack differs from an accepted token in
 * exactly one way.
 */
final class TokenForge {

  /** The {@code sub} of every token the forge makes. */
  static final String SUBJECT = "conformance-user";

  private final LocalIssuer issuer;
  private final String expectedIssuer;

  TokenForge(LocalIssuer issuer, String expectedIssuer) {
    this.issuer = issuer;
    this.expectedIssuer = expectedIssuer;
  }

  String expectedIssuer() {
    return expectedIssuer;
  }

  String audience() {
    return issuer.audience();
  }

  RSAKey rsa() {
    return issuer.signingKeys().rsa();
  }

  ECKey ec() {
    return issuer.signingKeys().ec();
  }

  /** Returns the claims of a token the API accepts: issuer, audience, lifetime, grants. */
  Map<String, Object> claims() {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", expectedIssuer);
    claims.put("sub", SUBJECT);
    claims.put("aud", issuer.audience());
    claims.put("iat", now);
    claims.put("exp", now + 300);
    claims.put("scope", "openid read:resource");
    claims.put("roles", List.of("admin"));
    claims.put("permissions", List.of("resource:read"));
    return claims;
  }

  /** Returns a header naming an algorithm and the issuer's key for it. */
  Map<String, Object> headerFor(String algorithm) {
    String kid = algorithm.startsWith("ES") ? ec().getKeyID() : rsa().getKeyID();
    return header(algorithm, kid);
  }

  static Map<String, Object> header(String algorithm, String kid) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", algorithm);
    if (kid != null) {
      header.put("kid", kid);
    }
    header.put("typ", "at+jwt");
    return header;
  }

  /** Returns a valid RS256 token. */
  String valid() {
    return rs256(headerFor("RS256"), claims());
  }

  /** Returns a valid ES256 token. */
  String validEs256() {
    return es256(headerFor("ES256"), claims());
  }

  /** Returns a valid RS256 token whose header lacks one member. */
  String rs256WithoutHeader(String member) {
    Map<String, Object> header = headerFor("RS256");
    header.remove(member);
    return rs256(header, claims());
  }

  /** Returns an RS256 token with the baseline claims changed by one member. */
  String rs256WithClaim(String name, Object value) {
    Map<String, Object> claims = claims();
    claims.put(name, value);
    return rs256(headerFor("RS256"), claims);
  }

  /** Returns an RS256 token with the baseline claims less one member. */
  String rs256WithoutClaim(String name) {
    Map<String, Object> claims = claims();
    claims.remove(name);
    return rs256(headerFor("RS256"), claims);
  }

  /**
   * Returns an RS256 token whose claims JSON gets one more member written verbatim at its end, so
   * that it may repeat a member or hold JSON that no serializer emits.
   */
  String rs256WithRawClaim(String name, String rawJsonValue, String... without) {
    Map<String, Object> claims = claims();
    for (String member : without) {
      claims.remove(member);
    }
    String json = Jws.json(claims);
    String payload =
        json.substring(0, json.length() - 1) + ",\"" + name + "\":" + rawJsonValue + "}";
    return rs256(Jws.json(headerFor("RS256")), payload);
  }

  String rs256(Map<String, ?> header, Map<String, ?> claims) {
    return rs256(Jws.json(header), Jws.json(claims));
  }

  String rs256(String header, String payload) {
    return Jws.compact(header, payload, Jws.jca("SHA256withRSA", rsaPrivate()));
  }

  String rs256(byte[] header, byte[] payload) {
    return Jws.compact(header, payload, Jws.jca("SHA256withRSA", rsaPrivate()));
  }

  String es256(Map<String, ?> header, Map<String, ?> claims) {
    return Jws.compact(
        Jws.json(header), Jws.json(claims), Jws.jca("SHA256withECDSAinP1363Format", ecPrivate()));
  }

  PrivateKey rsaPrivate() {
    return privateKey(rsa());
  }

  PrivateKey ecPrivate() {
    try {
      return ec().toPrivateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("The issuer's EC key has no private part", e);
    }
  }

  static PrivateKey privateKey(RSAKey key) {
    try {
      return key.toPrivateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("The RSA key has no private part", e);
    }
  }
}
