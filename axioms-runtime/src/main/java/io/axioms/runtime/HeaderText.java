package io.axioms.runtime;

/**
 * Writes RFC 9110 quoted strings for {@code WWW-Authenticate}: {@code "} and {@code \} are escaped
 * with a backslash, and anything outside printable ASCII becomes {@code ?}, so no value can break
 * out of its quotes or the header line.
 */
final class HeaderText {

  private HeaderText() {}

  /** Returns the value as a quoted string. */
  static String quote(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else {
        quoted.append(c >= 0x20 && c < 0x7f ? c : '?');
      }
    }
    return quoted.append('"').toString();
  }
}
