package io.axioms.runtime;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the token parser and the protected-header rules directly, without keys or network: strict
 * base64url, strict UTF-8, the strict JSON parser and {@link HeaderRules}. Only {@link
 * AxiomsException} may escape; a parser that throws anything else, or overflows its stack, is a
 * finding even though the validator would turn a runtime exception into a 401.
 */
class CompactJwsFuzzTest {

  private static final HeaderRules RULES =
      new HeaderRules(ConfigKeys.SUPPORTED_ALGORITHMS, ConfigKeys.DEFAULT_TOKEN_TYPS);

  @FuzzTest(maxDuration = "5s")
  void fuzzCompactJws(byte[] data) {
    String token = new String(data, StandardCharsets.UTF_8);
    try {
      CompactJws jws = CompactJws.parse(token);
      RULES.check(jws.header());
    } catch (AxiomsException expected) {
      // The one failure the parser and the rules may throw.
    }
  }

  @FuzzTest(maxDuration = "5s")
  void fuzzJsonObject(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      StrictJson.parseObject(text);
    } catch (StrictJson.Malformed expected) {
      // The one failure the JSON parser may throw.
    }
  }
}
