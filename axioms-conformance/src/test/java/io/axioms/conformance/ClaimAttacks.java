package io.axioms.conformance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Correctly signed tokens whose claims say they are not for this API, or not valid now. */
final class ClaimAttacks {

  private ClaimAttacks() {}

  static Stream<Named<String>> all(TokenForge forge) {
    List<Named<String>> attacks = new ArrayList<>();
    expiry(forge, attacks);
    notBeforeAndIssuedAt(forge, attacks);
    issuerNearMisses(forge, attacks);
    audienceNearMisses(forge, attacks);
    duplicateClaims(forge, attacks);
    idTokens(forge, attacks);
    return attacks.stream();
  }

  private static void expiry(TokenForge forge, List<Named<String>> attacks) {
    long now = Instant.now().getEpochSecond();
    attacks.add(Named.of("exp missing", forge.rs256WithoutClaim("exp")));
    attacks.add(Named.of("exp null", forge.rs256WithRawClaim("exp", "null", "exp")));
    attacks.add(Named.of("exp a string", forge.rs256WithClaim("exp", String.valueOf(now + 300))));
    attacks.add(Named.of("exp a boolean", forge.rs256WithClaim("exp", true)));
    attacks.add(Named.of("exp an array", forge.rs256WithClaim("exp", List.of(now + 300))));
    attacks.add(Named.of("exp in the past", forge.rs256WithClaim("exp", now - 3600)));
    attacks.add(Named.of("exp in the year 10000", forge.rs256WithClaim("exp", 253_402_300_800L)));
    attacks.add(
        Named.of("exp beyond 64-bit milliseconds", forge.rs256WithClaim("exp", Long.MAX_VALUE)));
    attacks.add(
        Named.of(
            "exp beyond 64 bits",
            forge.rs256WithRawClaim("exp", "99999999999999999999999", "exp")));
    attacks.add(Named.of("exp 1e300", forge.rs256WithRawClaim("exp", "1e300", "exp")));
    attacks.add(Named.of("exp negative", forge.rs256WithClaim("exp", -1L)));
  }

  private static void notBeforeAndIssuedAt(TokenForge forge, List<Named<String>> attacks) {
    long hourAhead = Instant.now().getEpochSecond() + 3600;
    attacks.add(Named.of("nbf an hour ahead", forge.rs256WithClaim("nbf", hourAhead)));
    attacks.add(Named.of("iat an hour ahead", forge.rs256WithClaim("iat", hourAhead)));
    attacks.add(Named.of("nbf a string", forge.rs256WithClaim("nbf", "0")));
    attacks.add(Named.of("iat a string", forge.rs256WithClaim("iat", "0")));
  }

  private static void issuerNearMisses(TokenForge forge, List<Named<String>> attacks) {
    String issuer = forge.expectedIssuer();
    Map<String, Object> misses = new java.util.LinkedHashMap<>();
    misses.put("trailing slash", issuer + "/");
    misses.put("upper case", issuer.toUpperCase(Locale.ROOT));
    misses.put("http for https", issuer.replaceFirst("^https:", "http:"));
    misses.put("superstring suffix", issuer + ".evil.example");
    misses.put("superstring path", issuer + "/tenant");
    misses.put("superstring prefix", "https://evil." + issuer.substring("https://".length()));
    misses.put("substring", issuer.substring(0, issuer.length() - 1));
    misses.put("leading space", " " + issuer);
    misses.put("trailing NUL", issuer + "\u0000");
    misses.put("empty", "");
    misses.put("array holding it", List.of(issuer));
    misses.put("empty array", List.of());
    misses.put("number", 1);
    for (Map.Entry<String, Object> miss : misses.entrySet()) {
      attacks.add(Named.of("iss " + miss.getKey(), forge.rs256WithClaim("iss", miss.getValue())));
    }
    attacks.add(Named.of("iss missing", forge.rs256WithoutClaim("iss")));
    attacks.add(Named.of("iss null", forge.rs256WithRawClaim("iss", "null", "iss")));
  }

  private static void audienceNearMisses(TokenForge forge, List<Named<String>> attacks) {
    String audience = forge.audience();
    Map<String, Object> misses = new java.util.LinkedHashMap<>();
    misses.put("trailing slash", audience + "/");
    misses.put("upper case", audience.toUpperCase(Locale.ROOT));
    misses.put("superstring", audience + "-admin");
    misses.put("substring", audience.substring(0, audience.length() - 1));
    misses.put("leading space", " " + audience);
    misses.put("empty", "");
    misses.put("empty array", List.of());
    misses.put("array of near misses", List.of(audience + "/", audience.toUpperCase(Locale.ROOT)));
    misses.put("array holding an empty string", List.of(""));
    misses.put("array holding it nested", List.of(List.of(audience)));
    misses.put("number", 1);
    misses.put("object", Map.of("aud", audience));
    for (Map.Entry<String, Object> miss : misses.entrySet()) {
      attacks.add(Named.of("aud " + miss.getKey(), forge.rs256WithClaim("aud", miss.getValue())));
    }
    attacks.add(Named.of("aud missing", forge.rs256WithoutClaim("aud")));
    attacks.add(Named.of("aud null", forge.rs256WithRawClaim("aud", "null", "aud")));
  }

  private static void duplicateClaims(TokenForge forge, List<Named<String>> attacks) {
    long now = Instant.now().getEpochSecond();
    attacks.add(
        Named.of(
            "duplicate exp, expired first",
            duplicate(forge, "exp", String.valueOf(now - 3600), String.valueOf(now + 300))));
    attacks.add(
        Named.of(
            "duplicate iss, foreign first",
            duplicate(forge, "iss", "\"https://evil.example\"", quote(forge.expectedIssuer()))));
    attacks.add(
        Named.of(
            "duplicate aud, foreign first",
            duplicate(forge, "aud", "\"other-api\"", quote(forge.audience()))));
    attacks.add(
        Named.of(
            "duplicate scope, granted last",
            duplicate(forge, "scope", "\"openid\"", "\"openid read:resource write:resource\"")));
    attacks.add(
        Named.of("duplicate sub", duplicate(forge, "sub", "\"victim\"", "\"conformance-user\"")));
  }

  /** Returns a token whose claims hold one member twice, in the order given. */
  private static String duplicate(TokenForge forge, String name, String first, String second) {
    Map<String, Object> claims = forge.claims();
    claims.remove(name);
    String json = Jws.json(claims);
    String payload =
        "{\""
            + name
            + "\":"
            + first
            + ","
            + json.substring(1, json.length() - 1)
            + ",\""
            + name
            + "\":"
            + second
            + "}";
    return forge.rs256(Jws.json(forge.headerFor("RS256")), payload);
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }

  private static void idTokens(TokenForge forge, List<Named<String>> attacks) {
    Map<String, Object> idType = forge.headerFor("RS256");
    idType.put("typ", "id_token+jwt");
    attacks.add(Named.of("token with typ id_token+jwt", forge.rs256(idType, forge.claims())));
    Map<String, Object> logout = forge.headerFor("RS256");
    logout.put("typ", "logout+jwt");
    attacks.add(Named.of("token with typ logout+jwt", forge.rs256(logout, forge.claims())));
    Map<String, Object> secEvent = forge.headerFor("RS256");
    secEvent.put("typ", "secevent+jwt");
    attacks.add(Named.of("token with typ secevent+jwt", forge.rs256(secEvent, forge.claims())));
  }
}
