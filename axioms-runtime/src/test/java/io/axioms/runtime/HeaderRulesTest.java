package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

  private final HeaderRules rules =
      new HeaderRules(ConfigKeys.SUPPORTED_ALGORITHMS, ConfigKeys.DEFAULT_TOKEN_TYPS);

  private static Map<String, Object> header(Object... members) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("kid", "k1");
    for (int i = 0; i < members.length; i += 2) {
      header.put((String) members[i], members[i + 1]);
    }
    return header;
  }

  @Test
  void acceptsEveryAllowedAlgorithm() {
    for (String name : ConfigKeys.SUPPORTED_ALGORITHMS) {
      KeyReference reference = rules.check(header("alg", name));
      assertEquals(JWSAlgorithm.parse(name), reference.algorithm());
      assertEquals("k1", reference.keyId());
    }
  }

  @Test
  void refusesNoneAndSymmetricAlgorithms() {
    for (String name : List.of("none", "None", "HS256", "HS384", "HS512", "EdDSA", "ES256K")) {
      assertRejected(Rejection.ALGORITHM, () -> rules.check(header("alg", name)));
    }
  }

  @Test
  void refusesMissingOrNonStringAlgorithm() {
    Map<String, Object> missing = header();
    missing.remove("alg");
    assertRejected(Rejection.ALGORITHM, () -> rules.check(missing));
    assertRejected(Rejection.ALGORITHM, () -> rules.check(header("alg", List.of("RS256"))));
  }

  @Test
  void refusesAlgorithmOutsideConfiguredList() {
    HeaderRules onlyEs256 = new HeaderRules(List.of("ES256"), ConfigKeys.DEFAULT_TOKEN_TYPS);
    assertRejected(Rejection.ALGORITHM, () -> onlyEs256.check(header("alg", "RS256")));
    assertEquals(JWSAlgorithm.ES256, onlyEs256.check(header("alg", "ES256")).algorithm());
  }

  @Test
  void requiresKeyId() {
    Map<String, Object> missing = header();
    missing.remove("kid");
    assertRejected(Rejection.KID_MISSING, () -> rules.check(missing));
    assertRejected(Rejection.KID_MISSING, () -> rules.check(header("kid", "")));
    assertRejected(Rejection.KID_MISSING, () -> rules.check(header("kid", 7L)));
  }

  @Test
  void refusesEmptyOrMalformedCrit() {
    assertRejected(Rejection.CRIT_MALFORMED, () -> rules.check(header("crit", List.of())));
    assertRejected(Rejection.CRIT_MALFORMED, () -> rules.check(header("crit", "exp")));
    assertRejected(Rejection.CRIT_MALFORMED, () -> rules.check(header("crit", null)));
    assertRejected(Rejection.CRIT_MALFORMED, () -> rules.check(header("crit", List.of(1L))));
  }

  @Test
  void refusesCritWithExtensionItDoesNotUnderstand() {
    assertRejected(
        Rejection.CRIT_NOT_UNDERSTOOD,
        () -> rules.check(header("crit", List.of("b64"), "b64", false)));
  }

  @Test
  void acceptsAbsentOrListedTypCaseInsensitively() {
    assertEquals("k1", rules.check(header()).keyId());
    for (String typ : List.of("JWT", "jwt", "at+jwt", "AT+JWT", "application/at+jwt")) {
      assertEquals("k1", rules.check(header("typ", typ)).keyId());
    }
  }

  @Test
  void refusesOtherTyp() {
    assertRejected(Rejection.TYP, () -> rules.check(header("typ", "id_token+jwt")));
    assertRejected(Rejection.TYP, () -> rules.check(header("typ", "")));
    assertRejected(Rejection.TYP, () -> rules.check(header("typ", 1L)));
    assertRejected(Rejection.TYP, () -> rules.check(header("typ", null)));
  }

  @Test
  void configuredTypListReplacesDefault() {
    HeaderRules atOnly = new HeaderRules(ConfigKeys.SUPPORTED_ALGORITHMS, List.of("at+jwt"));
    assertRejected(Rejection.TYP, () -> atOnly.check(header("typ", "JWT")));
  }

  @Test
  void refusesJweHeader() {
    assertRejected(Rejection.ENCRYPTED, () -> rules.check(header("enc", "A256GCM")));
  }

  @Test
  void refusesNestedToken() {
    assertRejected(Rejection.NESTED, () -> rules.check(header("cty", "JWT")));
    assertRejected(Rejection.NESTED, () -> rules.check(header("cty", "jwt")));
  }
}
