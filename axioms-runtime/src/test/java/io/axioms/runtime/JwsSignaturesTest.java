package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwsSignaturesTest {

  private static final String INPUT = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0";

  private final JwsSignatures signatures = JwsSignatures.withAllSupportedAlgorithms();

  private static byte[] sign(JWK key, JWSAlgorithm algorithm) {
    return new Base64URL(TestTokens.signature(key, algorithm, INPUT)).decode();
  }

  private boolean accepts(JWK key, JWSAlgorithm algorithm, byte[] signature) {
    return signatures.accepts(
        key.toPublicJWK(), algorithm, INPUT.getBytes(StandardCharsets.US_ASCII), signature);
  }

  @Test
  void acceptsEverySupportedAlgorithm() {
    JWK rsa = TestKeys.rsa("k1");
    for (JWSAlgorithm algorithm : JWSAlgorithm.Family.RSA) {
      assertTrue(accepts(rsa, algorithm, sign(rsa, algorithm)), algorithm.getName());
    }
    assertTrue(
        accepts(ec(Curve.P_256), JWSAlgorithm.ES256, sign(ec(Curve.P_256), JWSAlgorithm.ES256)));
    assertTrue(
        accepts(ec(Curve.P_384), JWSAlgorithm.ES384, sign(ec(Curve.P_384), JWSAlgorithm.ES384)));
    assertTrue(
        accepts(ec(Curve.P_521), JWSAlgorithm.ES512, sign(ec(Curve.P_521), JWSAlgorithm.ES512)));
  }

  @Test
  void refusesAlteredSignature() {
    JWK rsa = TestKeys.rsa("k1");
    byte[] signature = sign(rsa, JWSAlgorithm.RS256);
    signature[signature.length - 1] ^= 1;
    assertFalse(accepts(rsa, JWSAlgorithm.RS256, signature));
  }

  @Test
  void refusesSignatureOfAnotherKey() {
    byte[] signature = sign(TestKeys.rsa("other"), JWSAlgorithm.RS256);
    assertFalse(accepts(TestKeys.rsa("k1"), JWSAlgorithm.RS256, signature));
  }

  @Test
  void refusesDerEncodedEcdsaSignature() throws Exception {
    byte[] concatenated = sign(ec(Curve.P_256), JWSAlgorithm.ES256);
    byte[] der = ECDSA.transcodeSignatureToDER(concatenated);
    assertFalse(accepts(ec(Curve.P_256), JWSAlgorithm.ES256, der));
  }

  @Test
  void refusesAllZeroEcdsaSignature() {
    assertFalse(accepts(ec(Curve.P_256), JWSAlgorithm.ES256, new byte[64]));
  }

  @Test
  void refusesKeyOnTheWrongCurveWithoutThrowing() {
    byte[] signature = sign(ec(Curve.P_256), JWSAlgorithm.ES256);
    assertFalse(accepts(ec(Curve.P_384), JWSAlgorithm.ES256, signature));
  }

  @Test
  void refusesWeakRsaKeyEvenWithValidSignature() {
    JWK weak = TestKeys.weakRsa("k1");
    assertFalse(accepts(weak, JWSAlgorithm.RS256, sign(weak, JWSAlgorithm.RS256)));
  }

  @Test
  void refusesAlgorithmOutsideItsAllowList() {
    JwsSignatures rsOnly = new JwsSignatures(List.of("RS256"));
    JWK key = ec(Curve.P_256);
    byte[] signature = sign(key, JWSAlgorithm.ES256);
    assertFalse(
        rsOnly.accepts(
            key.toPublicJWK(),
            JWSAlgorithm.ES256,
            INPUT.getBytes(StandardCharsets.US_ASCII),
            signature));
  }

  @Test
  void refusesEmptyOrGarbageSignature() {
    assertFalse(accepts(TestKeys.rsa("k1"), JWSAlgorithm.RS256, new byte[0]));
    assertFalse(accepts(TestKeys.rsa("k1"), JWSAlgorithm.PS256, new byte[] {1, 2, 3}));
  }

  private static ECKey ec(Curve curve) {
    return TestKeys.ec(curve, "k1");
  }
}
