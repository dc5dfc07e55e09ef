package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import io.axioms.test.EndpointOverride;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key set is read key by key: a broken member is skipped, the good keys keep working. */
class KeySetParsingTest extends SharedIssuers {

  /** Serves the issuer's real keys followed by the given raw JSON members of {@code keys}. */
  private static void serveKeysWith(String... extraMembers) {
    List<String> members = new ArrayList<>();
    issuer.signingKeys().publicKeySet().getKeys().forEach(key -> members.add(key.toJSONString()));
    members.addAll(List.of(extraMembers));
    serveBody("{\"keys\":[" + String.join(",", members) + "]}");
  }

  private static void serveBody(String body) {
    issuer.jwksEndpoint().override(EndpointOverride.json(body));
  }

  private static String validSubject(JwtAccessTokenValidator validator) {
    return validator.validate("Bearer " + issuer.token().sign()).subject();
  }

  @Test
  void malformedMembersAreSkippedAndTheGoodKeysStillVerify() {
    serveKeysWith(
        "{\"kty\":\"RSA\",\"kid\":\"broken-rsa\",\"n\":\"not base64url!\",\"e\":\"AQAB\"}",
        "{\"kty\":\"EC\",\"kid\":\"broken-ec\",\"crv\":\"P-256\"}",
        "{\"kty\":\"nonsense\"}",
        "42",
        "\"a string\"",
        "null");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      assertEquals("local-user", validSubject(validator));
      String token = issuer.token().keyId("broken-rsa").sign();
      assertRejected(Rejection.KEY_UNKNOWN, () -> validator.validate("Bearer " + token));
    }
  }

  @Test
  void skippedMembersAreOneWarningPerFetchNamingKidsButNoKeyMaterial() {
    String modulus = "c2VjcmV0LWxvb2tpbmctbW9kdWx1cw";
    serveKeysWith(
        "{\"kty\":\"RSA\",\"kid\":\"broken-rsa\",\"n\":\"" + modulus + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + modulus + "\"}",
        "[1,2]");
    try (CapturedLog log = new CapturedLog("io.axioms.runtime.keyset");
        JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      for (int i = 0; i < 3; i++) {
        assertEquals("local-user", validSubject(validator));
      }
      List<String> warnings = log.warnings();
      assertEquals(1, issuer.jwksEndpoint().requestCount());
      assertEquals(1, warnings.size(), warnings.toString());
      String warning = warnings.get(0);
      assertTrue(warning.contains("skipped 3"), warning);
      assertTrue(warning.contains("#2 (kid \"broken-rsa\")"), warning);
      assertTrue(warning.contains("#3 (no kid)"), warning);
      assertTrue(warning.contains("#4 (not an object)"), warning);
      assertFalse(warning.contains(modulus), warning);
    }
  }

  @Test
  void kidOfASkippedMemberIsLoggedEscapedAndShort() {
    serveKeysWith("{\"kty\":\"RSA\",\"kid\":\"evil\\n\\u001b[31mFAKE LOG LINE and much more\"}");
    try (CapturedLog log = new CapturedLog("io.axioms.runtime.keyset");
        JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      assertEquals("local-user", validSubject(validator));
      String warning = log.warnings().get(0);
      assertTrue(warning.contains("(kid \"evil??[31mFAKE L...\")"), warning);
      assertTrue(warning.chars().allMatch(c -> c >= 0x20 && c < 0x7f), warning);
    }
  }

  @Test
  void bodyThatIsNotAnObjectWithAKeysArrayIs503() {
    for (String body :
        List.of(
            "[]",
            "{}",
            "{\"keys\":{}}",
            "{\"keys\":\"none\"}",
            "{\"keys\":[]} trailing",
            "{\"keys\":[],\"keys\":[]}")) {
      serveBody(body);
      try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
        assertUnavailable(validator);
      }
    }
  }

  @Test
  void keySetWhoseMembersAllFailIsEmptySoTokensAre401() {
    serveBody("{\"keys\":[{\"kty\":\"RSA\"},7]}");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      String token = issuer.token().sign();
      assertRejected(Rejection.KEY_UNKNOWN, () -> validator.validate("Bearer " + token));
    }
  }

  @Test
  void publishedPrivateKeyIsNeverUsed() {
    RSAKey leaked = TestKeys.rsa("leaked");
    issuer.publishExtraKeys(leaked);
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      String token = issuer.token().signWith(leaked).sign();
      assertRejected(Rejection.KEY_NOT_PUBLIC, () -> validator.validate("Bearer " + token));
    }
  }

  @Test
  void symmetricKeyUnderTheTokensKidIsNeverUsed() throws JOSEException {
    OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).keyID("shared").generate();
    issuer.publishExtraKeys(secret);
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      String token = issuer.token().signWith(TestKeys.rsa("shared")).sign();
      assertRejected(Rejection.KEY_NOT_PUBLIC, () -> validator.validate("Bearer " + token));
    }
  }

  @Test
  void parserKeepsMemberOrderAndCountsOnlyKeys() throws Exception {
    String good = TestKeys.rsa("k1").toPublicJWK().toJSONString();
    KeySetJson.Parsed parsed = KeySetJson.parse("{\"keys\":[" + good + ",{}," + good + "]}");
    assertEquals(2, parsed.keySet.getKeys().size());
    assertEquals(List.of("#1 (no kid)"), parsed.skipped);
  }
}
