package io.axioms.conformance;

import static io.axioms.conformance.TokenForge.header;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.spec.ECParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Tokens whose signature, algorithm or key must not be trusted. */
final class SignatureAttacks {

  private SignatureAttacks() {}

  static Stream<Named<String>> all(AttackKit kit) {
    List<Named<String>> attacks = new ArrayList<>();
    algNone(kit.forge, attacks);
    hmacWithPublicKey(kit.forge, attacks);
    outsideAllowList(kit, attacks);
    bitFlips(kit.forge, attacks);
    strippedSignatures(kit.forge, attacks);
    ecdsaEdgeValues(kit.forge, attacks);
    foreignKeys(kit, attacks);
    return attacks.stream();
  }

  private static void algNone(TokenForge forge, List<Named<String>> attacks) {
    String claims = Jws.json(forge.claims());
    for (String none : List.of("none", "None", "NONE", "nOnE", "none ", " none")) {
      String header = Jws.json(header(none, forge.rsa().getKeyID()));
      String unsigned = Jws.b64(header) + "." + Jws.b64(claims);
      attacks.add(Named.of("alg '" + none + "' without signature", unsigned + "."));
      attacks.add(Named.of("alg '" + none + "' with an RS256 signature", signedAs(forge, header)));
    }
    attacks.add(Named.of("alg missing", forge.rs256WithoutHeader("alg")));
    attacks.add(Named.of("alg empty", signedAs(forge, Jws.json(header("", null)))));
    attacks.add(
        Named.of("alg lower-case rs256", signedAs(forge, Jws.json(forge.headerFor("rs256")))));
    attacks.add(
        Named.of(
            "alg as array",
            forge.rs256(
                Map.of("alg", List.of("RS256"), "kid", forge.rsa().getKeyID()), forge.claims())));
  }

  private static String signedAs(TokenForge forge, String headerJson) {
    return forge.rs256(headerJson, Jws.json(forge.claims()));
  }

  private static void hmacWithPublicKey(TokenForge forge, List<Named<String>> attacks) {
    Map<String, byte[]> encodings = publicKeyEncodings(forge);
    for (String hmac : List.of("HS256", "HS384", "HS512")) {
      for (Map.Entry<String, byte[]> encoding : encodings.entrySet()) {
        for (String kid : new String[] {forge.rsa().getKeyID(), null}) {
          String header = Jws.json(header(hmac, kid));
          String token =
              Jws.compact(
                  header,
                  Jws.json(forge.claims()),
                  Jws.hmac("Hmac" + "SHA" + hmac.substring(2), encoding.getValue()));
          String kidNote = kid == null ? " without kid" : " with the RSA kid";
          attacks.add(Named.of(hmac + " keyed with " + encoding.getKey() + kidNote, token));
        }
      }
    }
  }

  private static Map<String, byte[]> publicKeyEncodings(TokenForge forge) {
    try {
      byte[] der = forge.rsa().toPublicKey().getEncoded();
      byte[] pkcs1 = subjectPublicKey(der);
      Map<String, byte[]> encodings = new LinkedHashMap<>();
      encodings.put("the RSA public JWK", utf8(forge.rsa().toPublicJWK().toJSONString()));
      encodings.put("the RSA public key PEM", utf8(pem("PUBLIC KEY", der)));
      encodings.put("the RSA public key PEM with newline", utf8(pem("PUBLIC KEY", der) + "\n"));
      encodings.put("the RSA public key DER", der);
      encodings.put(
          "the RSA public key DER in base64", utf8(Base64.getEncoder().encodeToString(der)));
      encodings.put("the RSA PKCS#1 key DER", pkcs1);
      encodings.put("the RSA PKCS#1 key PEM", utf8(pem("RSA PUBLIC KEY", pkcs1) + "\n"));
      encodings.put("the RSA modulus bytes", forge.rsa().getModulus().decode());
      encodings.put("the RSA modulus as base64url text", utf8(forge.rsa().getModulus().toString()));
      encodings.put(
          "the published JWKS document", utf8(new JWKSet(forge.rsa().toPublicJWK()).toString()));
      encodings.put("the EC public key DER", forge.ec().toPublicKey().getEncoded());
      return encodings;
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot encode the issuer's public keys", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + label
        + "-----";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the contents of the BIT STRING of a DER SubjectPublicKeyInfo: for RSA, the PKCS #1
   * RSAPublicKey. Walks SEQUENCE, then skips the AlgorithmIdentifier SEQUENCE.
   */
  private static byte[] subjectPublicKey(byte[] spki) {
    int position = contentStart(spki, 0);
    position = contentStart(spki, position) + contentLength(spki, position);
    int bitString = contentStart(spki, position);
    int length = contentLength(spki, position);
    return java.util.Arrays.copyOfRange(spki, bitString + 1, bitString + length);
  }

  private static int contentStart(byte[] der, int tag) {
    int first = der[tag + 1] & 0xff;
    return first < 0x80 ? tag + 2 : tag + 2 + (first & 0x7f);
  }

  private static int contentLength(byte[] der, int tag) {
    int first = der[tag + 1] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int length = 0;
    for (int i = 0; i < (first & 0x7f); i++) {
      length = (length << 8) | (der[tag + 2 + i] & 0xff);
    }
    return length;
  }

  private static void outsideAllowList(AttackKit kit, List<Named<String>> attacks) {
    TokenForge forge = kit.forge;
    String claims = Jws.json(forge.claims());
    String rsaKid = forge.rsa().getKeyID();
    for (String[] alg :
        new String[][] {
          {"RS384", "SHA384withRSA"}, {"RS512", "SHA512withRSA"}, {"RS1", "SHA1withRSA"}
        }) {
      attacks.add(
          Named.of(
              alg[0] + " signed by the issuer's RSA key",
              Jws.compact(
                  Jws.json(header(alg[0], rsaKid)), claims, Jws.jca(alg[1], forge.rsaPrivate()))));
    }
    attacks.add(
        Named.of(
            "PS256 signed by the issuer's RSA key",
            Jws.compact(Jws.json(header("PS256", rsaKid)), claims, Jws.pss(forge.rsaPrivate()))));
    attacks.add(
        Named.of(
            "ES384 signed by a published ES384 key",
            Jws.compact(
                Jws.json(header("ES384", AttackKit.ES384_KID)),
                claims,
                Jws.jca("SHA384withECDSAinP1363Format", AttackKit.privateKey(kit.es384)))));
    attacks.add(
        Named.of(
            "EdDSA header with the RSA kid",
            Jws.compact(Jws.json(header("EdDSA", rsaKid)), claims, Jws.fixed(new byte[64]))));
  }

  private static void bitFlips(TokenForge forge, List<Named<String>> attacks) {
    for (Map.Entry<String, String> token :
        Map.of("RS256", forge.valid(), "ES256", forge.validEs256()).entrySet()) {
      String[] parts = token.getValue().split("\\.");
      String[] names = {"header", "payload", "signature"};
      for (int segment = 0; segment < 3; segment++) {
        byte[] bytes = Jws.unb64(parts[segment]);
        for (int position : new int[] {0, bytes.length / 2, bytes.length - 1}) {
          byte[] flipped = bytes.clone();
          flipped[position] ^= 0x01;
          String[] changed = parts.clone();
          changed[segment] = Jws.b64(flipped);
          attacks.add(
              Named.of(
                  token.getKey() + " bit flipped in " + names[segment] + " byte " + position,
                  String.join(".", changed)));
        }
      }
    }
  }

  private static void strippedSignatures(TokenForge forge, List<Named<String>> attacks) {
    String valid = forge.valid();
    String unsigned = valid.substring(0, valid.lastIndexOf('.'));
    attacks.add(Named.of("signature stripped, dot kept", unsigned + "."));
    attacks.add(Named.of("signature stripped with its dot", unsigned));
    attacks.add(Named.of("signature replaced by one zero byte", unsigned + ".AA"));
  }

  private static void ecdsaEdgeValues(TokenForge forge, List<Named<String>> attacks) {
    ECParameterSpec curve = forge.ec().getCurve().toECParameterSpec();
    BigInteger n = curve.getOrder();
    Map<String, BigInteger> edges =
        Map.of(
            "0", BigInteger.ZERO, "1", BigInteger.ONE, "n-1", n.subtract(BigInteger.ONE), "n", n);
    String header = Jws.json(forge.headerFor("ES256"));
    String claims = Jws.json(forge.claims());
    for (Map.Entry<String, BigInteger> r : edges.entrySet()) {
      for (Map.Entry<String, BigInteger> s : edges.entrySet()) {
        byte[] signature = concat(fixedLength(r.getValue(), 32), fixedLength(s.getValue(), 32));
        attacks.add(
            Named.of(
                "ES256 with r=" + r.getKey() + " s=" + s.getKey(),
                Jws.compact(header, claims, Jws.fixed(signature))));
      }
    }
    attacks.add(
        Named.of(
            "ES256 with a real signature in DER instead of R||S",
            Jws.compact(header, claims, Jws.jca("SHA256withECDSA", forge.ecPrivate()))));
    attacks.add(
        Named.of(
            "ES256 with R||S padded to 66 bytes",
            Jws.compact(
                header,
                claims,
                input ->
                    concat(
                        new byte[] {0},
                        Jws.jca("SHA256withECDSAinP1363Format", forge.ecPrivate()).sign(input),
                        new byte[] {0}))));
  }

  private static void foreignKeys(AttackKit kit, List<Named<String>> attacks) {
    TokenForge forge = kit.forge;
    String claims = Jws.json(forge.claims());
    attacks.add(
        Named.of(
            "attacker RSA key reusing the published RSA kid",
            Jws.compact(
                Jws.json(header("RS256", forge.rsa().getKeyID())),
                claims,
                Jws.jca("SHA256withRSA", TokenForge.privateKey(kit.attackerRsa)))));
    attacks.add(
        Named.of(
            "attacker EC key reusing the published EC kid",
            Jws.compact(
                Jws.json(header("ES256", forge.ec().getKeyID())),
                claims,
                Jws.jca("SHA256withECDSAinP1363Format", AttackKit.privateKey(kit.attackerEc)))));
    attacks.add(
        Named.of(
            "ES256 header naming the RSA key",
            Jws.compact(
                Jws.json(header("ES256", forge.rsa().getKeyID())),
                claims,
                Jws.jca("SHA256withECDSAinP1363Format", forge.ecPrivate()))));
    attacks.add(
        Named.of(
            "RS256 header naming the EC key",
            Jws.compact(
                Jws.json(header("RS256", forge.ec().getKeyID())),
                claims,
                Jws.jca("SHA256withRSA", forge.rsaPrivate()))));
    attacks.add(
        Named.of(
            "ES256 header naming a P-384 key published as ES256",
            Jws.compact(
                Jws.json(header("ES256", AttackKit.P384_AS_ES256_KID)),
                claims,
                Jws.jca(
                    "SHA256withECDSAinP1363Format", AttackKit.privateKey(kit.p384ClaimingEs256)))));
    attacks.add(
        Named.of(
            "ES512 header naming the P-256 key",
            Jws.compact(
                Jws.json(header("ES512", forge.ec().getKeyID())),
                claims,
                Jws.jca("SHA512withECDSAinP1363Format", forge.ecPrivate()))));
    attacks.add(
        Named.of(
            "RS256 signed by a published 1024-bit RSA key",
            Jws.compact(
                Jws.json(header("RS256", AttackKit.WEAK_RSA_KID)),
                claims,
                Jws.jca("SHA256withRSA", TokenForge.privateKey(kit.weakRsa)))));
  }

  private static byte[] fixedLength(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, offset, part.length);
      offset += part.length;
    }
    return out;
  }
}
