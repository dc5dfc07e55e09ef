package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base64UrlStrictTest {

  private static byte[] decode(String text) {
    return Base64UrlStrict.decode(text, 0, text.length());
  }

  @Test
  void decodesCanonicalUnpaddedText() {
    assertArrayEquals("hi?".getBytes(StandardCharsets.US_ASCII), decode("aGk_"));
    assertArrayEquals("hi".getBytes(StandardCharsets.US_ASCII), decode("aGk"));
    assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, decode("-_8"));
    assertArrayEquals(new byte[0], decode(""));
  }

  @Test
  void refusesPadding() {
    assertNull(decode("aGk="));
    assertNull(decode("aA=="));
  }

  @Test
  void refusesStandardAlphabet() {
    assertNull(decode("+/8"));
    assertNull(decode("aG+k"));
    assertNull(decode("aG/k"));
  }

  @Test
  void refusesWhitespace() {
    assertNull(decode("aG k"));
    assertNull(decode("aGk\n"));
  }

  @Test
  void refusesImpossibleLength() {
    assertNull(decode("aGkza"));
  }

  @Test
  void refusesNonZeroUnusedBits() {
    assertNull(decode("aGl"));
    assertNull(decode("aB"));
  }

  @Test
  void decodesARange() {
    assertArrayEquals(
        "hi".getBytes(StandardCharsets.US_ASCII), Base64UrlStrict.decode("x.aGk.y", 2, 5));
  }
}
