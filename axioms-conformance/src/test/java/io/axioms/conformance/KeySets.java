package io.axioms.conformance;

import com.nimbusds.jose.jwk.JWK;
import io.axioms.test.LocalIssuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Key-set documents for a {@link LocalIssuer}'s endpoint to serve: real keys, plus odd ones. */
final class KeySets {

  private KeySets() {}

  /** Returns the issuer's current public keys, as the objects of a {@code keys} array. */
  static List<Map<String, Object>> publicKeys(LocalIssuer issuer) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (JWK key : issuer.signingKeys().all()) {
      keys.add(key.toPublicJWK().toJSONObject());
    }
    return keys;
  }

  /** Returns a key-set document holding the given key objects in order. */
  static String document(List<?> keys) {
    return Jws.json(Map.of("keys", keys));
  }

  /** Returns a key-set document with the raw JSON text of one more entry before the real keys. */
  static String withRawEntryFirst(LocalIssuer issuer, String rawEntry) {
    String real = document(publicKeys(issuer));
    int open = real.indexOf('[');
    return real.substring(0, open + 1) + rawEntry + "," + real.substring(open + 1);
  }
}
