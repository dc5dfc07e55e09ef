package io.axioms.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Key pairs generated at run time, once per name, for the tests of this module. */
final class TestKeys {

  private static final Map<String, RSAKey> RSA = new ConcurrentHashMap<>();
  private static final Map<String, ECKey> EC = new ConcurrentHashMap<>();

  private TestKeys() {}

  /** Returns a 2048-bit RSA key pair with the given kid. */
  static RSAKey rsa(String kid) {
    return RSA.computeIfAbsent(kid, id -> generateRsa(id, 2048));
  }

  /** Returns a 1024-bit RSA key pair, too short for the runtime. */
  static RSAKey weakRsa(String kid) {
    return RSA.computeIfAbsent("weak:" + kid, id -> generateRsa(kid, 1024));
  }

  /** Returns an EC key pair on a curve. */
  static ECKey ec(Curve curve, String kid) {
    return EC.computeIfAbsent(curve.getName() + ":" + kid, id -> generateEc(curve, kid));
  }

  private static RSAKey generateRsa(String kid, int bits) {
    try {
      return new RSAKeyGenerator(bits, bits < 2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey generateEc(Curve curve, String kid) {
    try {
      return new ECKeyGenerator(curve).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
