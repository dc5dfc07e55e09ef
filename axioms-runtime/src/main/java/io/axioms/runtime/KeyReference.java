package io.axioms.runtime;

import com.nimbusds.jose.JWSAlgorithm;

/** What a checked token header asks for: a key id and the algorithm to verify with. */
final class KeyReference {

  private final JWSAlgorithm algorithm;
  private final String keyId;

  KeyReference(JWSAlgorithm algorithm, String keyId) {
    this.algorithm = algorithm;
    this.keyId = keyId;
  }

  JWSAlgorithm algorithm() {
    return algorithm;
  }

  String keyId() {
    return keyId;
  }
}
