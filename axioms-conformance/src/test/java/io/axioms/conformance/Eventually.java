package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A bounded wait: polls a condition until it holds or a deadline passes. The deadline is a bound on
 * how long the suite may wait, never a measurement of how fast the code under test is.
 */
final class Eventually {

  private static final long POLL_MILLIS = 50;

  private Eventually() {}

  static void within(Duration deadline, String what, BooleanSupplier condition) {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("not within " + deadline + ": " + what);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
