package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

  private static final long NOW = 1_800_000_000L;
  private static final String ISSUER = "https://issuer.example.com";
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

  private final ClaimRules rules = rules(Duration.ofSeconds(30), ISSUER);

  private static ClaimRules rules(Duration leeway, String issuer) {
    return new ClaimRules(CLOCK, leeway, issuer, "orders-api", audiencePaths("aud"));
  }

  private static ClaimRules cognitoRules() {
    return new ClaimRules(
        CLOCK, Duration.ofSeconds(30), ISSUER, "orders-api", audiencePaths("aud", "client_id"));
  }

  private static List<ClaimPath> audiencePaths(String... names) {
    return Stream.of(names).map(name -> ClaimPath.parse("AXIOMS_AUDIENCE_CLAIMS", name)).toList();
  }

  private static Map<String, Object> withoutAud(Object... members) {
    Map<String, Object> claims = claims(members);
    claims.remove("aud");
    return claims;
  }

  private static Map<String, Object> claims(Object... members) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", ISSUER);
    claims.put("aud", "orders-api");
    claims.put("exp", NOW + 60);
    for (int i = 0; i < members.length; i += 2) {
      claims.put((String) members[i], members[i + 1]);
    }
    return claims;
  }

  @Test
  void acceptsValidClaimsAndReturnsExpiry() {
    assertEquals(NOW + 60, rules.check(claims()), 0);
    assertEquals(NOW + 60.5, rules.check(claims("exp", NOW + 60.5)), 0);
  }

  @Test
  void requiresExp() {
    Map<String, Object> claims = claims();
    claims.remove("exp");
    assertRejected(Rejection.EXP_MISSING, () -> rules.check(claims));
  }

  @Test
  void refusesNullOrStringExp() {
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", null)));
    assertRejected(
        Rejection.EXP_INVALID, () -> rules.check(claims("exp", String.valueOf(NOW + 60))));
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", true)));
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", List.of(NOW + 60))));
  }

  @Test
  void refusesAbsurdExp() {
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", -1L)));
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", 1e300)));
    assertRejected(Rejection.EXP_INVALID, () -> rules.check(claims("exp", 253_402_300_800L)));
  }

  @Test
  void refusesExpiredToken() {
    assertRejected(Rejection.EXPIRED, () -> rules.check(claims("exp", NOW - 31)));
  }

  @Test
  void leewayAppliesToExpiry() {
    assertEquals(NOW - 29, rules.check(claims("exp", NOW - 29)), 0);
    ClaimRules strict = rules(Duration.ZERO, ISSUER);
    assertRejected(Rejection.EXPIRED, () -> strict.check(claims("exp", NOW)));
    assertRejected(Rejection.EXPIRED, () -> strict.check(claims("exp", NOW - 1)));
  }

  @Test
  void refusesTokenBeforeNotBefore() {
    assertRejected(Rejection.NOT_YET_VALID, () -> rules.check(claims("nbf", NOW + 31)));
    assertEquals(NOW + 60, rules.check(claims("nbf", NOW + 29)), 0);
    ClaimRules strict = rules(Duration.ZERO, ISSUER);
    assertRejected(Rejection.NOT_YET_VALID, () -> strict.check(claims("nbf", NOW + 1)));
  }

  @Test
  void refusesNonNumericNotBefore() {
    assertRejected(Rejection.NBF_INVALID, () -> rules.check(claims("nbf", "soon")));
    assertRejected(Rejection.NBF_INVALID, () -> rules.check(claims("nbf", null)));
  }

  @Test
  void refusesIssuedInTheFuture() {
    assertRejected(Rejection.IAT_FUTURE, () -> rules.check(claims("iat", NOW + 31)));
    assertEquals(NOW + 60, rules.check(claims("iat", NOW + 29)), 0);
    ClaimRules strict = rules(Duration.ZERO, ISSUER);
    assertRejected(Rejection.IAT_FUTURE, () -> strict.check(claims("iat", NOW + 1)));
  }

  @Test
  void refusesNonNumericIssuedAt() {
    assertRejected(Rejection.IAT_INVALID, () -> rules.check(claims("iat", "now")));
  }

  @Test
  void issuerMustMatchExactly() {
    assertRejected(Rejection.ISSUER, () -> rules.check(claims("iss", ISSUER + "/")));
    assertRejected(
        Rejection.ISSUER, () -> rules.check(claims("iss", "https://ISSUER.example.com")));
    assertRejected(Rejection.ISSUER, () -> rules.check(claims("iss", List.of(ISSUER))));
    Map<String, Object> noIssuer = claims();
    noIssuer.remove("iss");
    assertRejected(Rejection.ISSUER, () -> rules.check(noIssuer));
  }

  @Test
  void issuerIsNotCheckedWhenNotConfigured() {
    assertEquals(
        NOW + 60, rules(Duration.ZERO, null).check(claims("iss", "https://anyone.example.com")), 0);
  }

  @Test
  void audienceMatchesExactStringOrArrayMember() {
    assertEquals(NOW + 60, rules.check(claims("aud", "orders-api")), 0);
    assertEquals(NOW + 60, rules.check(claims("aud", List.of("other", "orders-api"))), 0);
  }

  @Test
  void audienceNeverMatchesSubstringsOrOtherCase() {
    for (Object aud :
        List.of(
            "orders-api-v2",
            "my-orders-api",
            "Orders-Api",
            "orders",
            "orders-api other",
            List.of("orders-api-v2"),
            List.of(List.of("orders-api")),
            List.of())) {
      assertRejected(Rejection.AUDIENCE, () -> rules.check(claims("aud", aud)));
    }
  }

  @Test
  void requiresAudience() {
    Map<String, Object> claims = claims();
    claims.remove("aud");
    assertRejected(Rejection.AUDIENCE, () -> rules.check(claims));
  }

  @Test
  void defaultAudienceClaimIgnoresClientId() {
    assertRejected(Rejection.AUDIENCE, () -> rules.check(withoutAud("client_id", "orders-api")));
  }

  @Test
  void laterAudienceClaimDecidesWhenEarlierOnesAreAbsentOrNull() {
    ClaimRules cognito = cognitoRules();
    assertEquals(NOW + 60, cognito.check(withoutAud("client_id", "orders-api")), 0);
    assertEquals(NOW + 60, cognito.check(claims("aud", null, "client_id", "orders-api")), 0);
  }

  @Test
  void firstPresentAudienceClaimDecidesEvenWhenItDoesNotMatch() {
    assertRejected(
        Rejection.AUDIENCE,
        () -> cognitoRules().check(claims("aud", "someone-else", "client_id", "orders-api")));
    assertEquals(NOW + 60, cognitoRules().check(claims("client_id", "someone-else")), 0);
  }

  @Test
  void laterAudienceClaimMatchesExactlyToo() {
    for (Object clientId : List.of("orders-api-v2", "Orders-Api", "orders", List.of("x"))) {
      assertRejected(
          Rejection.AUDIENCE, () -> cognitoRules().check(withoutAud("client_id", clientId)));
    }
    assertEquals(
        NOW + 60, cognitoRules().check(withoutAud("client_id", List.of("x", "orders-api"))), 0);
  }

  @Test
  void tokenWithNoneOfTheAudienceClaimsIsRefused() {
    assertRejected(Rejection.AUDIENCE, () -> cognitoRules().check(withoutAud()));
  }

  @Test
  void cognitoIdTokenIsRefusedEvenWhenItsAudienceMatches() {
    assertRejected(Rejection.ID_TOKEN, () -> cognitoRules().check(claims("token_use", "id")));
    assertEquals(NOW + 60, cognitoRules().check(claims("token_use", "access")), 0);
  }
}
