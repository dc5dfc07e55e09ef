package io.axioms.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One generation of a {@link LocalIssuer}'s signing keys: an RSA 2048 key for {@code RS256} and an
 * EC P-256 key for {@code ES256}, each with its own key id. Instances are immutable.
 *
 * <p>The keys include their private parts, so that a test can sign tokens with Nimbus directly
 * (including hostile ones: a wrong {@code kid}, a foreign algorithm). Never log or persist them.
 */
public final class SigningKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RSAKey rsa;
  private final ECKey ec;

  private SigningKeys(RSAKey rsa, ECKey ec) {
    this.rsa = Objects.requireNonNull(rsa, "rsa");
    this.ec = Objects.requireNonNull(ec, "ec");
  }

  /**
   * Returns freshly generated keys with new random key ids.
   *
   * @return the keys
   * @throws IllegalStateException if the JDK cannot generate RSA or EC keys
   */
  static SigningKeys generate() {
    try {
      RSAKey rsa =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyID(newKeyId("rsa"))
              .generate();
      ECKey ec =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .keyID(newKeyId("ec"))
              .generate();
      return new SigningKeys(rsa, ec);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate the local issuer's signing keys", e);
    }
  }

  private static String newKeyId(String prefix) {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    return prefix + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Returns the RSA signing key, private part included.
   *
   * @return the RSA key, with {@code kid}, {@code use: sig} and {@code alg: RS256}
   */
  public RSAKey rsa() {
    return rsa;
  }

  /**
   * Returns the EC P-256 signing key, private part included.
   *
   * @return the EC key, with {@code kid}, {@code use: sig} and {@code alg: ES256}
   */
  public ECKey ec() {
    return ec;
  }

  /**
   * Returns the key that signs tokens for an algorithm.
   *
   * @param algorithm {@code RS256}, {@code RS384}, {@code RS512}, {@code PS256}, {@code PS384},
   *     {@code PS512} (the RSA key) or {@code ES256} (the EC key)
   * @return the matching key, private part included
   * @throws IllegalArgumentException for any other algorithm
   */
  public JWK forAlgorithm(JWSAlgorithm algorithm) {
    if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
      return rsa;
    }
    if (JWSAlgorithm.ES256.equals(algorithm)) {
      return ec;
    }
    throw new IllegalArgumentException(
        "The local issuer has no key for " + algorithm + "; use an RSA algorithm or ES256");
  }

  /**
   * Returns both keys, private parts included.
   *
   * @return the RSA key, then the EC key
   */
  public List<JWK> all() {
    return List.of(rsa, ec);
  }

  /**
   * Returns the public halves of both keys, as the JWKS endpoint serves them.
   *
   * @return a key set with no private parts
   */
  public JWKSet publicKeySet() {
    return new JWKSet(all()).toPublicJWKSet();
  }

  @Override
  public String toString() {
    return "SigningKeys[rsa=" + rsa.getKeyID() + ", ec=" + ec.getKeyID() + "]";
  }
}
