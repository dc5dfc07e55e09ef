package io.axioms.runtime;

/**
 * Step 1: reads the token out of an {@code Authorization} header value, per RFC 6750 section 2.1:
 * the scheme {@code Bearer} in any case, one or more spaces, and exactly one {@code b64token}.
 * Surrounding spaces and tabs are ignored. The size cap is checked before anything else.
 */
final class BearerHeader {

  private static final String SCHEME = "bearer";

  private final int maxHeaderLength;

  /** Creates a reader for tokens of at most {@code maxTokenSize} characters. */
  BearerHeader(int maxTokenSize) {
    this.maxHeaderLength = maxTokenSize + SCHEME.length() + 1;
  }

  /**
   * Returns the token of a header value.
   *
   * @throws AxiomsException 401 without error code for an absent header or another scheme, 401
   *     {@code invalid_token} for a malformed or oversized one
   */
  String token(String header) {
    if (header == null) {
      throw AxiomsException.missingCredential();
    }
    if (header.length() > maxHeaderLength) {
      throw Rejection.HEADER_TOO_LARGE.exception();
    }
    int start = skipWhitespace(header, 0);
    int end = trimEnd(header, start);
    if (start == end) {
      throw AxiomsException.missingCredential();
    }

    int schemeEnd = schemeEnd(header, start, end);

    return b64token(header, schemeEnd, end);
  }

  /** Returns where the Bearer scheme ends, or throws for another scheme or bad syntax. */
  private static int schemeEnd(String header, int start, int end) {
    int schemeEnd = start;
    while (schemeEnd < end && header.charAt(schemeEnd) != ' ') {
      schemeEnd++;
    }
    boolean bearer =
        schemeEnd - start == SCHEME.length()
            && header.regionMatches(true, start, SCHEME, 0, SCHEME.length());
    if (!bearer) {
      throw isAuthScheme(header, start, schemeEnd)
          ? AxiomsException.missingCredential()
          : Rejection.HEADER_SYNTAX.exception();
    }
    return schemeEnd;
  }

  private static String b64token(String header, int schemeEnd, int end) {
    int start = schemeEnd;
    while (start < end && header.charAt(start) == ' ') {
      start++;
    }
    if (start == schemeEnd || start == end) {
      throw Rejection.HEADER_SYNTAX.exception();
    }
    int padding = end;
    while (padding > start && header.charAt(padding - 1) == '=') {
      padding--;
    }
    for (int i = start; i < padding; i++) {
      if (!isTokenChar(header.charAt(i))) {
        throw header.charAt(i) == ' ' || header.charAt(i) == '\t'
            ? Rejection.HEADER_SYNTAX.exception()
            : Rejection.TOKEN_SYNTAX.exception();
      }
    }
    if (padding == start) {
      throw Rejection.TOKEN_SYNTAX.exception();
    }
    return header.substring(start, end);
  }

  /** Returns whether a range is an RFC 9110 token, so a scheme other than Bearer. */
  private static boolean isAuthScheme(String header, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = header.charAt(i);
      boolean alphanumeric = c < 0x80 && Character.isLetterOrDigit(c);
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }

  private static int skipWhitespace(String value, int from) {
    int i = from;
    while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String value, int start) {
    int end = value.length();
    while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }
}
