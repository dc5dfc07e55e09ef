package io.axioms.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Tells whether the person starting the sample configured an issuer: any {@code AXIOMS_} key with a
 * value in the Java system properties, the environment or a {@code .env} file in the working
 * directory, the places the runtime reads its configuration from.
 */
final class AxiomsSettings {

  private static final String PREFIX = "AXIOMS_";

  private AxiomsSettings() {}

  /** Returns whether any source sets an {@code AXIOMS_} key to a non-blank value. */
  static boolean anyPresent(Map<String, String> environment, Properties properties, Path dotEnv) {
    Map<String, String> all = new HashMap<>(dotEnvEntries(dotEnv));
    all.putAll(environment);
    properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
    return all.entrySet().stream()
        .anyMatch(entry -> entry.getKey().startsWith(PREFIX) && !entry.getValue().isBlank());
  }

  /** Returns the {@code KEY=value} lines of a {@code .env} file; it need not exist. */
  private static Map<String, String> dotEnvEntries(Path dotEnv) {
    Map<String, String> entries = new HashMap<>();
    if (!Files.isRegularFile(dotEnv)) {
      return entries;
    }
    for (String line : readLines(dotEnv)) {
      String entry = line.strip();
      if (entry.startsWith("export ")) {
        entry = entry.substring("export ".length()).strip();
      }
      int equals = entry.indexOf('=');
      if (equals > 0) {
        entries.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
      }
    }
    return entries;
  }

  private static Iterable<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StartupException(
          "Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(),
          StartupException.BAD_CONFIGURATION,
          e);
    }
  }
}
