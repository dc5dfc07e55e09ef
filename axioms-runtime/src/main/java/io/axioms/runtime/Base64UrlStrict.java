package io.axioms.runtime;

import java.util.Base64;

/**
 * Decodes canonical unpadded base64url (RFC 7515 section 2, RFC 4648 section 5): only {@code A-Z
 * a-z 0-9 - _}, no padding, no whitespace, a length that is not 1 modulo 4, and zero bits in the
 * unused low bits of the last character, so that each byte string has exactly one encoding.
 */
final class Base64UrlStrict {

  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64UrlStrict() {}

  /** Returns the bytes a range of the text encodes, or {@code null} when it is not canonical. */
  static byte[] decode(String text, int start, int end) {
    int length = end - start;
    if (length % 4 == 1) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (value(text.charAt(i)) < 0) {
        return null;
      }
    }
    if (length > 0 && !unusedBitsAreZero(value(text.charAt(end - 1)), length % 4)) {
      return null;
    }
    return DECODER.decode(text.substring(start, end));
  }

  private static boolean unusedBitsAreZero(int last, int remainder) {
    if (remainder == 2) {
      return (last & 0x0f) == 0;
    }
    if (remainder == 3) {
      return (last & 0x03) == 0;
    }
    return true;
  }

  /** Returns the 6-bit value of a base64url character, or -1 for any other character. */
  private static int value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '-') {
      return 62;
    }
    return c == '_' ? 63 : -1;
  }
}
