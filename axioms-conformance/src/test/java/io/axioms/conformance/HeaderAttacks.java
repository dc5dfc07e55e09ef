package io.axioms.conformance;

import static io.axioms.conformance.TokenForge.header;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Tokens whose header asks the API to do something it must not: fetch or trust an embedded key,
 * look up a hostile key id, honour unknown critical parameters, unwrap, decrypt.
 */
final class HeaderAttacks {

  private HeaderAttacks() {}

  static Stream<Named<String>> all(AttackKit kit, AttackerCertificate certificate) {
    List<Named<String>> attacks = new ArrayList<>();
    embeddedKeys(kit, certificate, attacks);
    hostileKeyIds(kit.forge, attacks);
    criticalParameters(kit.forge, attacks);
    nestedAndEncrypted(kit.forge, attacks);
    duplicateMembers(kit.forge, attacks);
    return attacks.stream();
  }

  /** Returns the tokens that name a key by value or by URL instead of by {@code kid}. */
  static Stream<Named<String>> embeddedKeys(AttackKit kit, AttackerCertificate certificate) {
    List<Named<String>> attacks = new ArrayList<>();
    embeddedKeys(kit, certificate, attacks);
    return attacks.stream();
  }

  private static void embeddedKeys(
      AttackKit kit, AttackerCertificate certificate, List<Named<String>> attacks) {
    String claims = Jws.json(kit.forge.claims());
    String realKid = kit.forge.rsa().getKeyID();
    Jws.Signer attacker = Jws.jca("SHA256withRSA", TokenForge.privateKey(kit.attackerRsa));
    for (String kid : new String[] {kit.attackerRsa.getKeyID(), realKid, null}) {
      String kidNote =
          kid == null ? "no kid" : kid.equals(realKid) ? "the real kid" : "the attacker's kid";
      Map<String, Object> jwk = header("RS256", kid);
      jwk.put("jwk", kit.attackerRsa.toPublicJWK().toJSONObject());
      attacks.add(
          Named.of(
              "embedded jwk header, " + kidNote, Jws.compact(Jws.json(jwk), claims, attacker)));

      Map<String, Object> jku = header("RS256", kid);
      jku.put("jku", kit.attackerServer.jwksUrl());
      attacks.add(
          Named.of(
              "jku to the attacker's key set, " + kidNote,
              Jws.compact(Jws.json(jku), claims, attacker)));

      Map<String, Object> x5u = header("RS256", kid);
      x5u.put("x5u", kit.attackerServer.discoveryUrl());
      attacks.add(
          Named.of(
              "x5u to the attacker's server, " + kidNote,
              Jws.compact(Jws.json(x5u), claims, attacker)));

      Map<String, Object> x5c = header("RS256", kid);
      x5c.put("x5c", List.of(certificate.base64Der()));
      attacks.add(
          Named.of(
              "x5c with a self-signed certificate, " + kidNote,
              Jws.compact(Jws.json(x5c), claims, certificate.signer())));
    }
  }

  private static void hostileKeyIds(TokenForge forge, List<Named<String>> attacks) {
    String realKid = forge.rsa().getKeyID();
    Map<String, Object> kids = new java.util.LinkedHashMap<>();
    kids.put("path traversal", "../../../../etc/passwd");
    kids.put("path traversal to the real kid", "../" + realKid);
    kids.put("URL-encoded traversal", "..%2f..%2fetc%2fpasswd");
    kids.put("SQL injection", "' OR '1'='1");
    kids.put("JNDI lookup", "${jndi:ldap://127.0.0.1:1/a}");
    kids.put("NUL byte", "\u0000");
    kids.put("real kid then NUL", realKid + "\u0000");
    kids.put("CRLF header injection", "x\r\nX-Injected: 1");
    kids.put("ANSI escape", "\u001b[31mred");
    kids.put("right-to-left override", "\u202e" + realKid);
    kids.put("10,000 characters", "A".repeat(10_000));
    kids.put("real kid with a trailing space", realKid + " ");
    kids.put("real kid upper-cased", realKid.toUpperCase(java.util.Locale.ROOT));
    kids.put("empty", "");
    kids.put("number", 1);
    kids.put("array holding the real kid", List.of(realKid));
    kids.put("object", Map.of("kid", realKid));
    for (Map.Entry<String, Object> kid : kids.entrySet()) {
      Map<String, Object> header = header("RS256", null);
      header.put("kid", kid.getValue());
      attacks.add(
          Named.of(
              "kid " + kid.getKey() + ", signed by the real key",
              forge.rs256(header, forge.claims())));
    }
  }

  private static void criticalParameters(TokenForge forge, List<Named<String>> attacks) {
    Map<String, Object> unknown = forge.headerFor("RS256");
    unknown.put("crit", List.of("x-unknown"));
    unknown.put("x-unknown", true);
    attacks.add(Named.of("crit naming an unknown parameter", forge.rs256(unknown, forge.claims())));

    Map<String, Object> empty = forge.headerFor("RS256");
    empty.put("crit", List.of());
    attacks.add(Named.of("crit empty", forge.rs256(empty, forge.claims())));

    Map<String, Object> absent = forge.headerFor("RS256");
    absent.put("crit", List.of("x-absent"));
    attacks.add(Named.of("crit naming an absent parameter", forge.rs256(absent, forge.claims())));

    Map<String, Object> string = forge.headerFor("RS256");
    string.put("crit", "exp");
    attacks.add(Named.of("crit as a string", forge.rs256(string, forge.claims())));

    Map<String, Object> b64 = forge.headerFor("RS256");
    b64.put("b64", false);
    b64.put("crit", List.of("b64"));
    String headerJson = Jws.json(b64);
    String claims = Jws.json(forge.claims());
    String signingInput = Jws.b64(headerJson) + "." + claims;
    byte[] signature = Jws.sign(Jws.jca("SHA256withRSA", forge.rsaPrivate()), signingInput);
    attacks.add(
        Named.of("b64 false with an unencoded payload", signingInput + "." + Jws.b64(signature)));

    Map<String, Object> b64Encoded = forge.headerFor("RS256");
    b64Encoded.put("b64", false);
    b64Encoded.put("crit", List.of("b64"));
    attacks.add(
        Named.of("b64 false with an encoded payload", forge.rs256(b64Encoded, forge.claims())));
  }

  private static void nestedAndEncrypted(TokenForge forge, List<Named<String>> attacks) {
    Map<String, Object> nested = forge.headerFor("RS256");
    nested.put("cty", "JWT");
    attacks.add(Named.of("nested JWS with cty JWT", forge.rs256(Jws.json(nested), forge.valid())));
    attacks.add(
        Named.of(
            "nested JWS without cty",
            forge.rs256(Jws.json(forge.headerFor("RS256")), forge.valid())));
    attacks.add(Named.of("five-part JWE encrypted to the issuer's RSA key", jwe(forge)));
    attacks.add(
        Named.of(
            "five-part JWE with alg dir",
            Jws.b64("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}") + "..AAAAAAAAAAAAAAAA.AAAA.AAAA"));
    attacks.add(
        Named.of(
            "five-part token with an RS256 header",
            Jws.b64(Jws.json(forge.headerFor("RS256"))) + ".AAAA.AAAA.AAAA.AAAA"));
  }

  /** Returns a JWE with PBES2 and a p2c that would take hours to derive. */
  static String pbes2WithHugeIterationCount() {
    String header =
        "{\"alg\":\"PBES2-HS512+A256KW\",\"enc\":\"A256GCM\",\"p2s\":\"AAAAAAAAAAAAAAAAAAAAAA\","
            + "\"p2c\":2147483647}";
    return Jws.b64(header)
        + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        + ".AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA";
  }

  private static String jwe(TokenForge forge) {
    try {
      JWEObject jwe =
          new JWEObject(
              new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
              new Payload(Jws.json(forge.claims())));
      jwe.encrypt(new RSAEncrypter(forge.rsa().toRSAPublicKey()));
      return jwe.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot build the JWE", e);
    }
  }

  private static void duplicateMembers(TokenForge forge, List<Named<String>> attacks) {
    String kid = forge.rsa().getKeyID();
    String claims = Jws.json(forge.claims());
    attacks.add(
        Named.of(
            "duplicate alg, none then RS256",
            forge.rs256("{\"alg\":\"none\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}", claims)));
    attacks.add(
        Named.of(
            "duplicate alg, RS256 then none",
            forge.rs256("{\"alg\":\"RS256\",\"alg\":\"none\",\"kid\":\"" + kid + "\"}", claims)));
    attacks.add(
        Named.of(
            "duplicate kid",
            forge.rs256("{\"alg\":\"RS256\",\"kid\":\"other\",\"kid\":\"" + kid + "\"}", claims)));
  }
}
