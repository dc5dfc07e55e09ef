package io.axioms.samples;

/**
 * JVM-wide settings a sample applies first thing in {@code main}, before any class that reads them
 * loads. A value the user already set, with {@code -D} on the command line, is kept.
 */
public final class JvmSettings {

  private JvmSettings() {}

  /** Applies the settings; call it before anything else in {@code main}. */
  public static void apply() {
    // The JDK server reads this once, when its configuration class loads; without it every
    // response waits on delayed TCP acknowledgements, about 40 ms each.
    setUnlessGiven("sun.net.httpserver.nodelay", "true");
    // One line per log event (java.util.logging prints two by default).
    setUnlessGiven("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
  }

  private static void setUnlessGiven(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
