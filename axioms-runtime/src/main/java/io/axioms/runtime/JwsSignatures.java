package io.axioms.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 5: signature verification on raw bytes, through Nimbus's RSA and ECDSA verifiers. ES*
 * signatures must be the fixed-length {@code R || S} concatenation of RFC 7518 section 3.4; a DER
 * signature is refused. This is the exact code the validator runs, so test vectors (such as Project
 * Wycheproof's) can be fed through {@link #accepts}.
 *
 * <p>Verifiers are built once per key and kept in a small cache, emptied when it grows past {@link
 * #MAX_CACHED_KEYS} keys, so that a key set that rotates keeps no stale key alive for long.
 */
final class JwsSignatures {

  static final int MAX_CACHED_KEYS = 64;

  private final Map<String, JWSAlgorithm> allowed = new HashMap<>();
  private final Map<JWSAlgorithm, JWSHeader> headers = new HashMap<>();
  private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

  /** Creates a verifier for the given allow-list of JWA names. */
  JwsSignatures(List<String> algorithmNames) {
    for (String name : algorithmNames) {
      JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
      allowed.put(name, algorithm);
      headers.put(algorithm, new JWSHeader(algorithm));
    }
  }

  /** Returns a verifier for every algorithm the runtime supports. */
  static JwsSignatures withAllSupportedAlgorithms() {
    return new JwsSignatures(ConfigKeys.SUPPORTED_ALGORITHMS);
  }

  /**
   * Returns whether the runtime accepts a signature: the algorithm is allowed, the key passes the
   * key rules of step 4, and the signature verifies over the signing input. Never throws for bad
   * input; any failure is a rejection.
   *
   * @param key the public key, as from a key set
   * @param algorithm the algorithm, as from the token header
   * @param signingInput the bytes signed: ASCII {@code header.payload}
   * @param signature the signature bytes
   */
  boolean accepts(JWK key, JWSAlgorithm algorithm, byte[] signingInput, byte[] signature) {
    try {
      return allowed.containsKey(algorithm.getName())
          && KeyRules.problem(key, algorithm) == null
          && verifies(key, algorithm, signingInput, signature);
    } catch (JOSEException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Returns whether a signature verifies with a key that already passed the key rules.
   *
   * @throws JOSEException when the key cannot be used, such as a curve Nimbus does not support
   */
  boolean verifies(JWK key, JWSAlgorithm algorithm, byte[] signingInput, byte[] signature)
      throws JOSEException {
    JWSHeader header = headers.get(algorithm);
    if (header == null) {
      return false;
    }
    return verifier(key).verify(header, signingInput, Base64URL.encode(signature));
  }

  private JWSVerifier verifier(JWK key) throws JOSEException {
    JWSVerifier verifier = verifiers.get(key);
    if (verifier != null) {
      return verifier;
    }
    verifier = newVerifier(key);
    if (verifiers.size() >= MAX_CACHED_KEYS) {
      verifiers.clear();
    }
    verifiers.put(key, verifier);
    return verifier;
  }

  private static JWSVerifier newVerifier(JWK key) throws JOSEException {
    if (key instanceof RSAKey) {
      return new RSASSAVerifier((RSAKey) key);
    }
    if (key instanceof ECKey) {
      return new ECDSAVerifier((ECKey) key);
    }
    throw new JOSEException("Unsupported key type " + key.getKeyType());
  }
}
