package io.axioms.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Step 2: a token split strictly into its three compact-JWS segments (RFC 7515 section 7.1), with
 * header and payload decoded as strict JSON objects. Nothing here is trusted yet.
 */
final class CompactJws {

  private final Map<String, Object> header;
  private final Map<String, Object> claims;
  private final byte[] signingInput;
  private final byte[] signature;

  private CompactJws(
      Map<String, Object> header,
      Map<String, Object> claims,
      byte[] signingInput,
      byte[] signature) {
    this.header = header;
    this.claims = claims;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /**
   * Returns the parts of a compact JWS.
   *
   * @throws AxiomsException 401 naming what is malformed
   */
  static CompactJws parse(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw countDots(token) == 4
          ? Rejection.ENCRYPTED.exception()
          : Rejection.SEGMENTS.exception();
    }
    if (second == token.length() - 1) {
      throw Rejection.UNSIGNED.exception();
    }
    Map<String, Object> header = json(segment(token, 0, first));
    Map<String, Object> claims = json(segment(token, first + 1, second));
    byte[] signature = segment(token, second + 1, token.length());
    byte[] signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
    return new CompactJws(header, claims, signingInput, signature);
  }

  /** Returns the decoded protected header. */
  Map<String, Object> header() {
    return header;
  }

  /** Returns the decoded payload, the claims. */
  Map<String, Object> claims() {
    return claims;
  }

  /** Returns the ASCII bytes of {@code header.payload}, what the signature covers. */
  byte[] signingInput() {
    return signingInput;
  }

  /** Returns the decoded signature. */
  byte[] signature() {
    return signature;
  }

  private static byte[] segment(String token, int start, int end) {
    byte[] bytes = Base64UrlStrict.decode(token, start, end);
    if (bytes == null) {
      throw Rejection.BASE64.exception();
    }
    return bytes;
  }

  private static Map<String, Object> json(byte[] utf8) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString();
    } catch (CharacterCodingException e) {
      throw Rejection.NOT_UTF8.exception(e);
    }
    try {
      return StrictJson.parseObject(text);
    } catch (StrictJson.Malformed e) {
      throw e.duplicateMember()
          ? Rejection.DUPLICATE_MEMBER.exception(e)
          : Rejection.NOT_JSON_OBJECT.exception(e);
    }
  }

  private static int countDots(String token) {
    int dots = 0;
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        dots++;
      }
    }
    return dots;
  }
}
