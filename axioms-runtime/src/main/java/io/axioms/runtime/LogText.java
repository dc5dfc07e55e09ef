package io.axioms.runtime;

/** Renders exceptions for log lines: class and message of each cause, printable ASCII only. */
final class LogText {

  private static final int MAX_LENGTH = 300;
  private static final int MAX_QUOTED = 16;

  private LogText() {}

  /**
   * Returns a short, single-line description of an exception: its class and message, then each
   * cause whose message adds something.
   */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
      String message = cause.getMessage();
      if (depth > 0 && message != null && text.indexOf(message) >= 0) {
        continue;
      }
      text.append(depth == 0 ? "" : " <- ").append(cause.getClass().getSimpleName());
      if (message != null) {
        text.append(": ").append(message);
      }
    }
    return printable(text);
  }

  /**
   * Returns a short prefix of an untrusted value, such as a kid, in double quotes: at most 16
   * characters, printable ASCII only, with {@code ...} when cut.
   */
  static String quoted(String value) {
    String prefix = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) : value;
    String cut = value.length() > MAX_QUOTED ? "..." : "";
    return '"' + printable(prefix).replace('"', '?').replace('\\', '?') + cut + '"';
  }

  private static String printable(CharSequence text) {
    StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
    for (int i = 0; i < text.length() && clean.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      clean.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return clean.toString();
  }
}
