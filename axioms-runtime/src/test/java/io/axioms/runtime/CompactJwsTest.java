package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static io.axioms.runtime.TestTokens.encode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

  private static final String HEADER = encode("{\"alg\":\"RS256\",\"kid\":\"k1\"}");
  private static final String PAYLOAD = encode("{\"sub\":\"user-1\"}");
  private static final String SIGNATURE = "c2ln";

  @Test
  void splitsAndDecodesTheThreeSegments() {
    CompactJws jws = CompactJws.parse(HEADER + "." + PAYLOAD + "." + SIGNATURE);
    assertEquals("RS256", jws.header().get("alg"));
    assertEquals("user-1", jws.claims().get("sub"));
    assertArrayEquals("sig".getBytes(StandardCharsets.US_ASCII), jws.signature());
    assertArrayEquals(
        (HEADER + "." + PAYLOAD).getBytes(StandardCharsets.US_ASCII), jws.signingInput());
  }

  @Test
  void refusesJwe() {
    assertRejected(Rejection.ENCRYPTED, () -> CompactJws.parse("a.b.c.d.e"));
  }

  @Test
  void refusesOtherSegmentCounts() {
    assertRejected(Rejection.SEGMENTS, () -> CompactJws.parse(HEADER + "." + PAYLOAD));
    assertRejected(Rejection.SEGMENTS, () -> CompactJws.parse("abc"));
    assertRejected(
        Rejection.SEGMENTS, () -> CompactJws.parse(HEADER + "." + PAYLOAD + "." + SIGNATURE + "."));
  }

  @Test
  void refusesEmptySignature() {
    assertRejected(Rejection.UNSIGNED, () -> CompactJws.parse(HEADER + "." + PAYLOAD + "."));
  }

  @Test
  void refusesPaddedSegment() {
    String padded = Base64.getUrlEncoder().encodeToString("{\"alg\":\"RS256\"}".getBytes());
    assertRejected(
        Rejection.BASE64, () -> CompactJws.parse(padded + "=." + PAYLOAD + "." + SIGNATURE));
    assertRejected(Rejection.BASE64, () -> CompactJws.parse(HEADER + "." + PAYLOAD + ".c2lnYQ=="));
  }

  @Test
  void refusesStandardBase64Characters() {
    assertRejected(Rejection.BASE64, () -> CompactJws.parse(HEADER + "." + PAYLOAD + ".ab+/"));
  }

  @Test
  void refusesNonUtf8Json() {
    String latin1 =
        Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'{', (byte) 0xe9, '}'});
    assertRejected(Rejection.NOT_UTF8, () -> CompactJws.parse(latin1 + "." + PAYLOAD + ".c2ln"));
  }

  @Test
  void refusesHeaderThatIsNotAnObject() {
    assertRejected(
        Rejection.NOT_JSON_OBJECT,
        () -> CompactJws.parse(encode("[\"RS256\"]") + "." + PAYLOAD + "." + SIGNATURE));
  }

  @Test
  void refusesPayloadThatIsNotAnObject() {
    assertRejected(
        Rejection.NOT_JSON_OBJECT,
        () -> CompactJws.parse(HEADER + "." + encode("a.b.c") + "." + SIGNATURE));
  }

  @Test
  void refusesEmptyHeader() {
    assertRejected(
        Rejection.NOT_JSON_OBJECT, () -> CompactJws.parse("." + PAYLOAD + "." + SIGNATURE));
  }

  @Test
  void refusesDuplicateHeaderMember() {
    String header = encode("{\"alg\":\"RS256\",\"kid\":\"k1\",\"alg\":\"none\"}");
    assertRejected(
        Rejection.DUPLICATE_MEMBER,
        () -> CompactJws.parse(header + "." + PAYLOAD + "." + SIGNATURE));
  }

  @Test
  void refusesDuplicateClaim() {
    String payload = encode("{\"aud\":\"a\",\"aud\":\"b\"}");
    assertRejected(
        Rejection.DUPLICATE_MEMBER,
        () -> CompactJws.parse(HEADER + "." + payload + "." + SIGNATURE));
  }
}
