package io.axioms.runtime;

import java.time.Duration;

/** Parses and prints durations the way configuration values write them: 500ms, 30s, 5m, 1h. */
final class Durations {

  private static final long MAX_AMOUNT = 1_000_000_000L;

  private Durations() {}

  /** Returns the duration a value denotes, or {@code null} when it is not one. */
  static Duration parse(String value) {
    int digits = 0;
    while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 10) {
      return null;
    }
    long amount = Long.parseLong(value.substring(0, digits));
    if (amount > MAX_AMOUNT) {
      return null;
    }
    return withUnit(amount, value.substring(digits));
  }

  /** Returns a duration in the largest unit that writes it exactly. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0 && millis > 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0 && millis > 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  private static Duration withUnit(long amount, String unit) {
    switch (unit) {
      case "":
      case "s":
        return Duration.ofSeconds(amount);
      case "ms":
        return Duration.ofMillis(amount);
      case "m":
        return Duration.ofMinutes(amount);
      case "h":
        return Duration.ofHours(amount);
      default:
        return null;
    }
  }
}
