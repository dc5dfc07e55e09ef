package io.axioms.runtime;

/** Renders exceptions for log lines: class and message of each cause, printable ASCII only. */
final class LogText {

  private static final int MAX_LENGTH = 300;

  private LogText() {}

  /** Returns a short, single-line description of an exception and its causes. */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (text.length() > 0) {
        text.append(" <- ");
      }
      text.append(cause.getClass().getSimpleName());
      if (cause.getMessage() != null) {
        text.append(": ").append(cause.getMessage());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return printable(text);
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
