package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JvmSettingsTest {

  private static final String NODELAY = "sun.net.httpserver.nodelay";
  private static final String FORMAT = "java.util.logging.SimpleFormatter.format";

  private final String nodelayBefore = System.getProperty(NODELAY);
  private final String formatBefore = System.getProperty(FORMAT);

  @AfterEach
  void restore() {
    restore(NODELAY, nodelayBefore);
    restore(FORMAT, formatBefore);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void turnsOnTcpNoDelayForTheJdkServer() {
    System.clearProperty(NODELAY);

    JvmSettings.apply();

    assertEquals("true", System.getProperty(NODELAY));
  }

  @Test
  void keepsWhatTheUserGaveOnTheCommandLine() {
    System.setProperty(NODELAY, "false");
    System.setProperty(FORMAT, "%5$s%n");

    JvmSettings.apply();

    assertEquals("false", System.getProperty(NODELAY));
    assertEquals("%5$s%n", System.getProperty(FORMAT));
  }
}
