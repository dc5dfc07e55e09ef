package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  private static void assertMalformed(String text) {
    StrictJson.Malformed e =
        assertThrows(StrictJson.Malformed.class, () -> StrictJson.parseObject(text), text);
    assertFalse(e.duplicateMember(), text);
  }

  private static void assertDuplicate(String text) {
    StrictJson.Malformed e =
        assertThrows(StrictJson.Malformed.class, () -> StrictJson.parseObject(text), text);
    assertTrue(e.duplicateMember(), text);
  }

  @Test
  void parsesEveryValueType() {
    Map<String, Object> object =
        StrictJson.parseObject(
            " {\"s\":\"a\\\"b\\u00e9\\n\",\"n\":-12,\"d\":1.5e2,\"t\":true,\"f\":false,"
                + "\"z\":null,\"a\":[1,\"x\",[]],\"o\":{\"k\":{}}} ");
    assertEquals("a\"b\u00e9\n", object.get("s"));
    assertEquals(-12L, object.get("n"));
    assertEquals(150.0, object.get("d"));
    assertEquals(true, object.get("t"));
    assertEquals(false, object.get("f"));
    assertTrue(object.containsKey("z"));
    assertEquals(null, object.get("z"));
    assertEquals(Arrays.asList(1L, "x", List.of()), object.get("a"));
    assertEquals(Map.of("k", Map.of()), object.get("o"));
  }

  @Test
  void keepsMemberOrder() {
    assertEquals(
        List.of("b", "a", "c"),
        List.copyOf(StrictJson.parseObject("{\"b\":1,\"a\":2,\"c\":3}").keySet()));
  }

  @Test
  void refusesDuplicateMembers() {
    assertDuplicate("{\"alg\":\"RS256\",\"alg\":\"none\"}");
    assertDuplicate("{\"a\":{\"x\":1,\"x\":2}}");
    assertDuplicate("{\"a\":[{\"x\":1,\"x\":2}]}");
  }

  @Test
  void escapedNamesAreComparedDecoded() {
    assertDuplicate("{\"alg\":1,\"\\u0061lg\":2}");
  }

  @Test
  void refusesNonObjectTopLevel() {
    assertMalformed("[1]");
    assertMalformed("\"text\"");
    assertMalformed("42");
    assertMalformed("");
  }

  @Test
  void refusesLenientSyntax() {
    assertMalformed("{'a':1}");
    assertMalformed("{a:1}");
    assertMalformed("{\"a\":1,}");
    assertMalformed("{\"a\":[1,]}");
    assertMalformed("{\"a\":1} x");
    assertMalformed("{\"a\":1}{}");
    assertMalformed("{/*c*/\"a\":1}");
    assertMalformed("{\"a\":NaN}");
    assertMalformed("{\"a\":01}");
    assertMalformed("{\"a\":+1}");
    assertMalformed("{\"a\":1.}");
    assertMalformed("{\"a\":\"tab\there\"}");
    assertMalformed("{\"a\":\"\\x\"}");
    assertMalformed("{\"a\":tru}");
    assertMalformed("\uFEFF{}");
    assertMalformed("{\"a\":1");
  }

  @Test
  void refusesNumbersOutOfDoubleRange() {
    assertMalformed("{\"exp\":1e400}");
  }

  @Test
  void bigIntegersBecomeDoubles() {
    assertEquals(1e20, StrictJson.parseObject("{\"n\":100000000000000000000}").get("n"));
  }

  @Test
  void refusesDeepNesting() {
    String deep = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    assertMalformed("{\"a\":" + deep + "}");
    String allowed = "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1);
    assertTrue(StrictJson.parseObject("{\"a\":" + allowed + "}").containsKey("a"));
  }
}
