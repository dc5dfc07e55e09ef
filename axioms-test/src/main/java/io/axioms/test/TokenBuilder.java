package io.axioms.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds and signs one access token. Get one from {@link LocalIssuer#token()}; it starts with a
 * token the issuer would really issue:
 *
 * <ul>
 *   <li>header {@code alg: RS256} (the issuer's default), {@code kid} of the matching current key,
 *       {@code typ: at+jwt};
 *   <li>claims {@code iss} (the issuer URL), {@code sub: local-user}, {@code aud} (the issuer's
 *       default audience), {@code client_id}, {@code iat} (now), {@code exp} (now plus the issuer's
 *       default lifetime) and a random {@code jti}.
 * </ul>
 *
 * <p>Every claim and header can be changed or removed, so the same builder makes hostile tokens: an
 * expired one, one for another audience, one with a {@code kid} nobody publishes, one signed by a
 * stranger's key. A builder is not thread-safe; use one per token.
 */
public final class TokenBuilder {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SigningKeys issuerKeys;
  private final Map<String, Object> claims = new LinkedHashMap<>();
  private final Map<String, Object> extraHeaders = new LinkedHashMap<>();
  private JWSAlgorithm algorithm;
  private boolean algorithmChosen;
  private JWK signingKey;
  private String keyId;
  private boolean keyIdChosen;
  private String type = "at+jwt";
  private Instant issuedAt = Instant.now();
  private Duration lifetime;

  TokenBuilder(
      SigningKeys issuerKeys,
      String issuer,
      String audience,
      Duration lifetime,
      JWSAlgorithm algorithm) {
    this.issuerKeys = issuerKeys;
    this.lifetime = lifetime;
    this.algorithm = algorithm;
    claims.put("iss", issuer);
    claims.put("sub", "local-user");
    claims.put("aud", audience);
    claims.put("client_id", "axioms-local-client");
    claims.put("jti", newTokenId());
  }

  private static String newTokenId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Sets the {@code sub} claim.
   *
   * @param subject the subject, or {@code null} to leave the claim out
   * @return this builder
   */
  public TokenBuilder subject(String subject) {
    return claim("sub", subject);
  }

  /**
   * Sets the {@code iss} claim, for a token that claims to come from another issuer.
   *
   * @param issuer the issuer, or {@code null} to leave the claim out
   * @return this builder
   */
  public TokenBuilder issuer(String issuer) {
    return claim("iss", issuer);
  }

  /**
   * Sets the {@code aud} claim: a string for one audience, an array for several.
   *
   * @param audiences the audiences; none leaves the claim out
   * @return this builder
   */
  public TokenBuilder audience(String... audiences) {
    return claim("aud", audiences.length == 1 ? audiences[0] : listOrNull(audiences));
  }

  /**
   * Sets the {@code scope} claim, space-separated as RFC 8693 and RFC 9068 write it.
   *
   * @param scopes the scopes; none leaves the claim out
   * @return this builder
   */
  public TokenBuilder scopes(String... scopes) {
    return claim("scope", scopes.length == 0 ? null : String.join(" ", scopes));
  }

  /**
   * Sets the {@code roles} claim, as a JSON array. For another claim name (such as {@code
   * cognito:groups} or {@code https://example.com/roles}) use {@link #claim}.
   *
   * @param roles the roles; none leaves the claim out
   * @return this builder
   */
  public TokenBuilder roles(String... roles) {
    return claim("roles", listOrNull(roles));
  }

  /**
   * Sets the {@code permissions} claim, as a JSON array.
   *
   * @param permissions the permissions; none leaves the claim out
   * @return this builder
   */
  public TokenBuilder permissions(String... permissions) {
    return claim("permissions", listOrNull(permissions));
  }

  private static List<String> listOrNull(String[] values) {
    return values.length == 0 ? null : List.of(values);
  }

  /**
   * Sets any claim to any JSON value: a string, a number, a boolean, a {@code List} or a {@code
   * Map}. Registered claims are not type-checked, so {@code claim("exp", "soon")} makes a token
   * with a malformed expiry.
   *
   * @param name the claim name
   * @param value the value, or {@code null} to leave the claim out
   * @return this builder
   */
  public TokenBuilder claim(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value == null) {
      claims.remove(name);
    } else {
      claims.put(name, value);
    }
    return this;
  }

  /**
   * Sets how long after {@code iat} the token expires; a negative duration makes a token that has
   * already expired.
   *
   * @param lifetime the lifetime, or {@code null} for a token with no {@code exp} claim
   * @return this builder
   */
  public TokenBuilder expiresIn(Duration lifetime) {
    this.lifetime = lifetime;
    return this;
  }

  /**
   * Sets the {@code iat} claim; {@code exp} follows it by the lifetime.
   *
   * @param issuedAt when the token claims to have been issued, or {@code null} for a token with no
   *     {@code iat} claim (its {@code exp} then counts from now)
   * @return this builder
   */
  public TokenBuilder issuedAt(Instant issuedAt) {
    this.issuedAt = issuedAt;
    return this;
  }

  /**
   * Sets the {@code nbf} claim.
   *
   * @param notBefore the instant before which the token must not be accepted, or {@code null} to
   *     leave the claim out
   * @return this builder
   */
  public TokenBuilder notBefore(Instant notBefore) {
    return claim("nbf", notBefore == null ? null : notBefore.getEpochSecond());
  }

  /**
   * Sets the signing algorithm; the issuer's current key for it signs, unless {@link #signWith}
   * names another key.
   *
   * @param algorithm an RSA algorithm ({@code RS256} ...) or {@code ES256} for the issuer's keys;
   *     anything the key supports with {@link #signWith}
   * @return this builder
   */
  public TokenBuilder algorithm(JWSAlgorithm algorithm) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.algorithmChosen = true;
    return this;
  }

  /**
   * Signs with another key instead of the issuer's: a stranger's key, or a rotated-out one. The
   * {@code kid} header becomes that key's id unless {@link #keyId} sets it, and the algorithm
   * follows the key ({@code RS256}, {@code ES256}, {@code HS256}) unless {@link #algorithm} sets
   * it.
   *
   * @param key a private or secret JWK
   * @return this builder
   */
  public TokenBuilder signWith(JWK key) {
    this.signingKey = Objects.requireNonNull(key, "key");
    return this;
  }

  /**
   * Sets the {@code kid} header, overriding the signing key's id.
   *
   * @param keyId the key id, or {@code null} to send no {@code kid}
   * @return this builder
   */
  public TokenBuilder keyId(String keyId) {
    this.keyId = keyId;
    this.keyIdChosen = true;
    return this;
  }

  /**
   * Sets the {@code typ} header; the default is {@code at+jwt} (RFC 9068).
   *
   * @param type the type, such as {@code JWT}, or {@code null} to send no {@code typ}
   * @return this builder
   */
  public TokenBuilder type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Adds a header parameter that is not registered by RFC 7515 (such as {@code x-test}).
   *
   * @param name the parameter name
   * @param value the JSON value
   * @return this builder
   * @throws IllegalArgumentException if the name is a registered header parameter
   */
  public TokenBuilder header(String name, Object value) {
    if (JWSHeader.getRegisteredParameterNames().contains(name)) {
      throw new IllegalArgumentException(
          "Header " + name + " is registered; use algorithm, keyId or type");
    }
    extraHeaders.put(name, Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Returns the signed token in compact serialization, ready for {@code Authorization: Bearer}.
   *
   * @return the compact JWS
   * @throws IllegalStateException if the key cannot sign with the chosen algorithm
   */
  public String sign() {
    JWK key = signingKey == null ? issuerKeys.forAlgorithm(algorithm) : signingKey;
    JWSAlgorithm chosen = signingKey == null ? algorithm : algorithmFor(key);
    try {
      JWSObject jws = new JWSObject(header(chosen, key), new Payload(payload()));
      jws.sign(new DefaultJWSSignerFactory().createJWSSigner(key, chosen));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign with " + chosen + ": " + e.getMessage(), e);
    }
  }

  private JWSAlgorithm algorithmFor(JWK key) {
    if (algorithmChosen) {
      return algorithm;
    }
    if (key.getAlgorithm() != null) {
      return JWSAlgorithm.parse(key.getAlgorithm().getName());
    }
    if (KeyType.EC.equals(key.getKeyType())) {
      return JWSAlgorithm.ES256;
    }
    return KeyType.OCT.equals(key.getKeyType()) ? JWSAlgorithm.HS256 : JWSAlgorithm.RS256;
  }

  private JWSHeader header(JWSAlgorithm chosen, JWK key) {
    JWSHeader.Builder header =
        new JWSHeader.Builder(chosen)
            .keyID(keyIdChosen ? keyId : key.getKeyID())
            .customParams(extraHeaders);
    if (type != null) {
      header.type(new JOSEObjectType(type));
    }
    return header.build();
  }

  private Map<String, Object> payload() {
    Map<String, Object> payload = new LinkedHashMap<>(claims);
    if (issuedAt != null) {
      payload.putIfAbsent("iat", issuedAt.getEpochSecond());
    }
    if (lifetime != null) {
      Instant from = issuedAt == null ? Instant.now() : issuedAt;
      payload.putIfAbsent("exp", from.plus(lifetime).getEpochSecond());
    }
    return payload;
  }
}
