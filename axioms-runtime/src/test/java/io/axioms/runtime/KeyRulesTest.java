package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRulesTest {

  private static final RSAKey RSA = TestKeys.rsa("k1").toPublicJWK();
  private static final ECKey P256 = TestKeys.ec(Curve.P_256, "k1").toPublicJWK();

  @Test
  void rsaKeyFitsRsaAlgorithms() {
    for (JWSAlgorithm algorithm : JWSAlgorithm.Family.RSA) {
      assertNull(KeyRules.problem(RSA, algorithm), algorithm.getName());
    }
  }

  @Test
  void ecKeyFitsOnlyTheAlgorithmOfItsCurve() {
    assertNull(KeyRules.problem(P256, JWSAlgorithm.ES256));
    ECKey p384 = TestKeys.ec(Curve.P_384, "k").toPublicJWK();
    assertNull(KeyRules.problem(p384, JWSAlgorithm.ES384));
    assertNull(KeyRules.problem(TestKeys.ec(Curve.P_521, "k").toPublicJWK(), JWSAlgorithm.ES512));
    assertEquals(Rejection.KEY_TYPE, KeyRules.problem(P256, JWSAlgorithm.ES384));
    assertEquals(Rejection.KEY_TYPE, KeyRules.problem(p384, JWSAlgorithm.ES256));
  }

  @Test
  void keyPublishedWithItsPrivatePartIsNeverUsed() {
    assertEquals(
        Rejection.KEY_NOT_PUBLIC, KeyRules.problem(TestKeys.rsa("k1"), JWSAlgorithm.RS256));
    assertEquals(
        Rejection.KEY_NOT_PUBLIC,
        KeyRules.problem(TestKeys.ec(Curve.P_256, "k1"), JWSAlgorithm.ES256));
  }

  @Test
  void symmetricKeyIsNeverUsed() {
    JWK secret = new OctetSequenceKey.Builder(new byte[32]).keyID("k1").build();
    for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256)) {
      assertEquals(Rejection.KEY_NOT_PUBLIC, KeyRules.problem(secret, algorithm));
    }
  }

  @Test
  void keyOfTheWrongTypeIsNeverUsed() {
    assertEquals(Rejection.KEY_TYPE, KeyRules.problem(P256, JWSAlgorithm.RS256));
    assertEquals(Rejection.KEY_TYPE, KeyRules.problem(RSA, JWSAlgorithm.ES256));
  }

  @Test
  void keyDeclaredForAnotherAlgorithmIsNeverUsed() {
    JWK ps256Only = new RSAKey.Builder(RSA).algorithm(JWSAlgorithm.PS256).build();
    assertEquals(Rejection.KEY_ALGORITHM, KeyRules.problem(ps256Only, JWSAlgorithm.RS256));
    assertNull(KeyRules.problem(ps256Only, JWSAlgorithm.PS256));
  }

  @Test
  void encryptionKeyIsNeverUsed() {
    JWK encryption = new RSAKey.Builder(RSA).keyUse(KeyUse.ENCRYPTION).build();
    assertEquals(Rejection.KEY_USE, KeyRules.problem(encryption, JWSAlgorithm.RS256));
    JWK signature = new RSAKey.Builder(RSA).keyUse(KeyUse.SIGNATURE).build();
    assertNull(KeyRules.problem(signature, JWSAlgorithm.RS256));
  }

  @Test
  void keyWhoseOperationsExcludeVerifyIsNeverUsed() {
    JWK encryptOnly = new RSAKey.Builder(RSA).keyOperations(Set.of(KeyOperation.ENCRYPT)).build();
    assertEquals(Rejection.KEY_USE, KeyRules.problem(encryptOnly, JWSAlgorithm.RS256));
  }

  @Test
  void rsaKeyUnder2048BitsIsNeverUsed() {
    assertEquals(
        Rejection.KEY_TOO_SMALL,
        KeyRules.problem(TestKeys.weakRsa("k1").toPublicJWK(), JWSAlgorithm.RS256));
  }

  @Test
  void choosesTheFittingKeyAmongKeysWithTheSameKid() {
    assertSame(P256, KeyRules.choose(List.of(RSA, P256), JWSAlgorithm.ES256));
    assertSame(RSA, KeyRules.choose(List.of(P256, RSA), JWSAlgorithm.RS256));
  }

  @Test
  void noCandidateIsAnUnknownKey() {
    assertRejected(Rejection.KEY_UNKNOWN, () -> KeyRules.choose(List.of(), JWSAlgorithm.RS256));
  }

  @Test
  void noFittingCandidateReportsTheFirstProblem() {
    assertRejected(Rejection.KEY_TYPE, () -> KeyRules.choose(List.of(P256), JWSAlgorithm.RS256));
  }
}
