package io.axioms.conformance;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds compact JWS strings from raw header and payload text, so that a test can produce what no
 * honest library would: duplicate members, invalid UTF-8, a signature over the wrong bytes.
 */
final class Jws {

  /** Signs the ASCII bytes of a JWS signing input and returns the raw signature bytes. */
  interface Signer {
    byte[] sign(byte[] signingInput) throws GeneralSecurityException;
  }

  private Jws() {}

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String b64(String text) {
    return b64(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] unb64(String segment) {
    return Base64.getUrlDecoder().decode(segment);
  }

  static String json(Map<String, ?> members) {
    return JSONObjectUtils.toJSONString(members);
  }

  /** Returns {@code header.payload.signature} for header and payload given as raw bytes. */
  static String compact(byte[] header, byte[] payload, Signer signer) {
    String signingInput = b64(header) + "." + b64(payload);
    return signingInput + "." + b64(sign(signer, signingInput));
  }

  /** Returns {@code header.payload.signature} for header and payload given as JSON text. */
  static String compact(String header, String payload, Signer signer) {
    return compact(utf8(header), utf8(payload), signer);
  }

  static byte[] sign(Signer signer, String signingInput) {
    try {
      return signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK refused to sign a test token", e);
    }
  }

  static Signer jca(String jcaAlgorithm, PrivateKey key) {
    return input -> {
      Signature signature = Signature.getInstance(jcaAlgorithm);
      signature.initSign(key);
      signature.update(input);
      return signature.sign();
    };
  }

  /** Returns a PS256 signer: RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt. */
  static Signer pss(PrivateKey key) {
    return input -> {
      Signature signature = Signature.getInstance("RSASSA-PSS");
      signature.setParameter(
          new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      signature.initSign(key);
      signature.update(input);
      return signature.sign();
    };
  }

  static Signer hmac(String jcaAlgorithm, byte[] secret) {
    return input -> {
      Mac mac = Mac.getInstance(jcaAlgorithm);
      mac.init(new SecretKeySpec(secret, jcaAlgorithm));
      return mac.doFinal(input);
    };
  }

  /** Returns a signer that ignores its input and answers fixed bytes. */
  static Signer fixed(byte[] signature) {
    return input -> signature.clone();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
