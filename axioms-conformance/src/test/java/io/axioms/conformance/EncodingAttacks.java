package io.axioms.conformance;

import static io.axioms.conformance.TokenForge.header;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Tokens that are not well-formed compact JWS: structure, base64url, JSON, UTF-8 and size. */
final class EncodingAttacks {

  private EncodingAttacks() {}

  static Stream<Named<String>> all(TokenForge forge) {
    List<Named<String>> attacks = new ArrayList<>();
    segmentCounts(forge, attacks);
    nonCanonicalBase64(forge, attacks);
    nonObjectJson(forge, attacks);
    invalidUtf8(forge, attacks);
    deepNesting(forge, attacks);
    oversized(forge, attacks);
    return attacks.stream();
  }

  private static void segmentCounts(TokenForge forge, List<Named<String>> attacks) {
    String valid = forge.valid();
    String[] parts = valid.split("\\.");
    attacks.add(Named.of("one segment", parts[0]));
    attacks.add(Named.of("two segments", parts[0] + "." + parts[1]));
    attacks.add(Named.of("four segments", valid + "." + parts[2]));
    attacks.add(Named.of("four segments, last empty", valid + "."));
    attacks.add(Named.of("six segments", valid + "." + parts[1] + "." + parts[2] + ".AA"));
    attacks.add(Named.of("only dots", ".."));
    attacks.add(Named.of("four dots", "...."));
    attacks.add(Named.of("empty header segment", "." + parts[1] + "." + parts[2]));
    attacks.add(Named.of("empty payload segment", parts[0] + ".." + parts[2]));
    attacks.add(Named.of("leading dot", "." + valid));
  }

  private static void nonCanonicalBase64(TokenForge forge, List<Named<String>> attacks) {
    String valid = forge.valid();
    int lastDot = valid.lastIndexOf('.');
    String signingInput = valid.substring(0, lastDot);
    String signature = valid.substring(lastDot + 1);
    String[] parts = valid.split("\\.");
    attacks.add(Named.of("signature with = padding", valid + "=="));
    attacks.add(Named.of("header with = padding", parts[0] + "=." + parts[1] + "." + parts[2]));
    attacks.add(
        Named.of(
            "signature in the standard alphabet",
            signingInput + "." + signature.replace('-', '+').replace('_', '/')));
    attacks.add(
        Named.of(
            "signature with non-zero trailing bits",
            signingInput + "." + withTrailingBitsSet(signature)));
    attacks.add(
        Named.of("signature with a space inside", signingInput + "." + insert(signature, " ")));
    attacks.add(
        Named.of("signature with a newline inside", signingInput + "." + insert(signature, "\n")));
    attacks.add(
        Named.of("signature with a '!' inside", signingInput + "." + insert(signature, "!")));
    attacks.add(
        Named.of("signature with a '.' replaced by '%2E'", signingInput + "%2E" + signature));
    attacks.add(Named.of("payload with = padding", parts[0] + "." + parts[1] + "=." + parts[2]));
  }

  /** Returns the segment with the unused low bits of its last character set. */
  static String withTrailingBitsSet(String segment) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int unusedBits = segment.length() % 4 == 2 ? 4 : segment.length() % 4 == 3 ? 2 : 0;
    if (unusedBits == 0) {
      throw new IllegalArgumentException("segment has no unused bits: length " + segment.length());
    }
    int last = alphabet.indexOf(segment.charAt(segment.length() - 1));
    char changed = alphabet.charAt(last | ((1 << unusedBits) - 1));
    return segment.substring(0, segment.length() - 1) + changed;
  }

  private static String insert(String segment, String text) {
    int middle = segment.length() / 2;
    return segment.substring(0, middle) + text + segment.substring(middle);
  }

  private static void nonObjectJson(TokenForge forge, List<Named<String>> attacks) {
    String claims = Jws.json(forge.claims());
    String header = Jws.json(forge.headerFor("RS256"));
    for (String json : List.of("[]", "\"RS256\"", "null", "1", "true", "{}")) {
      attacks.add(Named.of("header JSON " + json, forge.rs256(json, claims)));
    }
    for (String json : List.of("[]", "\"claims\"", "null", "42", "true", "{}")) {
      attacks.add(Named.of("payload JSON " + json, forge.rs256(header, json)));
    }
    attacks.add(Named.of("payload JSON with trailing garbage", forge.rs256(header, claims + "x")));
    attacks.add(
        Named.of("payload JSON object followed by another", forge.rs256(header, claims + "{}")));
    attacks.add(Named.of("payload not JSON at all", forge.rs256(header, "exp=9999999999")));
    attacks.add(
        Named.of("payload with unquoted names", forge.rs256(header, claims.replace("\"", ""))));
  }

  private static void invalidUtf8(TokenForge forge, List<Named<String>> attacks) {
    byte[][] sequences = {
      {(byte) 0xC3, (byte) 0x28},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xFF},
      {(byte) 0xE2, (byte) 0x82}
    };
    String[] names = {
      "invalid two-byte sequence",
      "overlong slash",
      "lone surrogate",
      "0xFF byte",
      "truncated sequence"
    };
    String header = Jws.json(forge.headerFor("RS256"));
    String claims = Jws.json(forge.claims());
    for (int i = 0; i < sequences.length; i++) {
      byte[] payload =
          SignatureAttacks.concat(
              Jws.utf8(claims.substring(0, claims.length() - 1) + ",\"sub\":\"a"),
              sequences[i],
              Jws.utf8("\"}"));
      attacks.add(Named.of("claims with " + names[i], forge.rs256(Jws.utf8(header), payload)));
      byte[] headerBytes =
          SignatureAttacks.concat(
              Jws.utf8(header.substring(0, header.length() - 1) + ",\"x\":\""),
              sequences[i],
              Jws.utf8("\"}"));
      attacks.add(Named.of("header with " + names[i], forge.rs256(headerBytes, Jws.utf8(claims))));
    }
  }

  private static void deepNesting(TokenForge forge, List<Named<String>> attacks) {
    for (int depth : new int[] {500, 2_000}) {
      String arrays = "[".repeat(depth) + "]".repeat(depth);
      attacks.add(
          Named.of(
              "claim nested " + depth + " arrays deep", forge.rs256WithRawClaim("deep", arrays)));
    }
    String objects = "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000);
    attacks.add(
        Named.of("claim nested 1000 objects deep", forge.rs256WithRawClaim("deep", objects)));
    String headerDeep =
        Jws.json(forge.headerFor("RS256"))
            .replace("}", ",\"x\":" + "[".repeat(1_000) + "]".repeat(1_000) + "}");
    attacks.add(
        Named.of(
            "header member nested 1000 arrays deep",
            forge.rs256(headerDeep, Jws.json(forge.claims()))));
  }

  private static void oversized(TokenForge forge, List<Named<String>> attacks) {
    attacks.add(
        Named.of(
            "claims of 1 MB", forge.rs256WithRawClaim("pad", "\"" + "A".repeat(1 << 20) + "\"")));
    String bigHeader =
        Jws.json(forge.headerFor("RS256"))
            .replace("}", ",\"pad\":\"" + "A".repeat(100_000) + "\"}");
    attacks.add(Named.of("header of 100 KB", forge.rs256(bigHeader, Jws.json(forge.claims()))));
    String deepAndHuge = "[".repeat(200_000) + "]".repeat(200_000);
    attacks.add(
        Named.of(
            "claims nested 200,000 deep, 400 KB", forge.rs256WithRawClaim("deep", deepAndHuge)));
    attacks.add(Named.of("10 MB of base64url", "A".repeat(10 << 20)));
  }
}
