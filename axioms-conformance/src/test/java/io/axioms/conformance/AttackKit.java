package io.axioms.conformance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.axioms.test.LocalIssuer;
import java.security.PrivateKey;

/**
 * What the token attacks need besides the real issuer: an attacker with keys of their own and a
 * server of their own (whose request count shows whether the API ever called it), and odd keys the
 * real issuer publishes next to its good ones.
 */
final class AttackKit implements AutoCloseable {

  /** Key id of a 1024-bit RSA key that the issuer publishes for RS256. */
  static final String WEAK_RSA_KID = "weak-rsa-1024";

  /** Key id of a P-384 key that the issuer publishes claiming {@code alg: ES256}. */
  static final String P384_AS_ES256_KID = "p384-claims-es256";

  /** Key id of a correct P-384 key for ES384, an algorithm outside the API's allow-list. */
  static final String ES384_KID = "es384-not-allowed";

  final TokenForge forge;
  final LocalIssuer attackerServer;
  final RSAKey attackerRsa;
  final ECKey attackerEc;
  final RSAKey weakRsa;
  final ECKey p384ClaimingEs256;
  final ECKey es384;

  private AttackKit(TokenForge forge, LocalIssuer attackerServer) throws JOSEException {
    this.forge = forge;
    this.attackerServer = attackerServer;
    this.attackerRsa = attackerServer.signingKeys().rsa();
    this.attackerEc = attackerServer.signingKeys().ec();
    this.weakRsa = rsa(1024, WEAK_RSA_KID);
    this.p384ClaimingEs256 = ec(Curve.P_384, JWSAlgorithm.ES256, P384_AS_ES256_KID);
    this.es384 = ec(Curve.P_384, JWSAlgorithm.ES384, ES384_KID);
  }

  /**
   * Returns the kit for a real issuer, after publishing the odd keys in its key set; call it before
   * the API first fetches that key set.
   */
  static AttackKit around(LocalIssuer realIssuer, TokenForge forge) {
    try {
      AttackKit kit = new AttackKit(forge, LocalIssuer.start());
      realIssuer.publishExtraKeys(
          kit.weakRsa.toPublicJWK(), kit.p384ClaimingEs256.toPublicJWK(), kit.es384.toPublicJWK());
      return kit;
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate the attacker's keys", e);
    }
  }

  private static RSAKey rsa(int bits, String kid) throws JOSEException {
    return new RSAKeyGenerator(bits, true)
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .keyID(kid)
        .generate();
  }

  private static ECKey ec(Curve curve, JWSAlgorithm algorithm, String kid) throws JOSEException {
    return new ECKeyGenerator(curve)
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(algorithm)
        .keyID(kid)
        .generate();
  }

  static PrivateKey privateKey(ECKey key) {
    try {
      return key.toPrivateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("The EC key has no private part", e);
    }
  }

  /** Returns how many requests reached the attacker's server, on any of its endpoints. */
  int attackerRequests() {
    return attackerServer.jwksEndpoint().requestCount()
        + attackerServer.discoveryEndpoint().requestCount()
        + attackerServer.tokenEndpoint().requestCount();
  }

  @Override
  public void close() {
    attackerServer.close();
  }
}
