package io.axioms.runtime;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Set;

/**
 * Step 4: whether a key from the issuer's key set may verify a signature of a given algorithm. It
 * must be a public key: a key set that publishes a private or symmetric ({@code oct}) key has
 * leaked a secret, and that key is never used. It must be of the type the algorithm needs (RSA for
 * RS* and PS*; EC on P-256, P-384 or P-521 for ES256, ES384, ES512); its own {@code alg}, {@code
 * use} and {@code key_ops}, when present, must agree; and an RSA modulus must have at least 2048
 * bits.
 */
final class KeyRules {

  static final int MIN_RSA_BITS = 2048;

  private KeyRules() {}

  /** Returns the first candidate that may verify the algorithm, or throws the first's problem. */
  static JWK choose(List<JWK> candidates, JWSAlgorithm algorithm) {
    if (candidates.isEmpty()) {
      throw Rejection.KEY_UNKNOWN.exception();
    }
    for (JWK candidate : candidates) {
      if (problem(candidate, algorithm) == null) {
        return candidate;
      }
    }
    throw problem(candidates.get(0), algorithm).exception();
  }

  /** Returns why a key may not verify the algorithm, or {@code null} when it may. */
  static Rejection problem(JWK key, JWSAlgorithm algorithm) {
    if (key.isPrivate()) {
      return Rejection.KEY_NOT_PUBLIC;
    }
    Rejection type = typeProblem(key, algorithm);
    if (type != null) {
      return type;
    }
    if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(algorithm.getName())) {
      return Rejection.KEY_ALGORITHM;
    }
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      return Rejection.KEY_USE;
    }
    Set<KeyOperation> operations = key.getKeyOperations();
    if (operations != null && !operations.contains(KeyOperation.VERIFY)) {
      return Rejection.KEY_USE;
    }
    return null;
  }

  private static Rejection typeProblem(JWK key, JWSAlgorithm algorithm) {
    if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
      if (!(key instanceof RSAKey)) {
        return Rejection.KEY_TYPE;
      }
      if (modulusBits((RSAKey) key) < MIN_RSA_BITS) {
        return Rejection.KEY_TOO_SMALL;
      }
      return RocaFingerprint.matches(((RSAKey) key).getModulus().decodeToBigInteger())
          ? Rejection.KEY_WEAK
          : null;
    }
    if (JWSAlgorithm.Family.EC.contains(algorithm)) {
      Set<Curve> curves = Curve.forJWSAlgorithm(algorithm);
      boolean fits =
          key instanceof ECKey && curves != null && curves.contains(((ECKey) key).getCurve());
      return fits ? null : Rejection.KEY_TYPE;
    }
    return Rejection.KEY_TYPE;
  }

  private static int modulusBits(RSAKey key) {
    return key.getModulus().decodeToBigInteger().bitLength();
  }
}
