package io.axioms.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads typed configuration values from explicit values and layered sources, the first non-blank
 * value winning, and turns every bad value into an {@link AxiomsConfigException} naming its key.
 */
final class ConfigReader {

  private final Map<String, String> explicit;
  private final List<ConfigSource> sources;

  ConfigReader(Map<String, String> explicit, List<ConfigSource> sources) {
    this.explicit = Map.copyOf(explicit);
    this.sources = List.copyOf(sources);
  }

  /** Returns the winning value of a key, stripped, or {@code null} when no source sets it. */
  String text(String key) {
    String value = nonBlank(explicit.get(key));
    for (int i = 0; value == null && i < sources.size(); i++) {
      value = nonBlank(sources.get(i).get(key));
    }
    return value;
  }

  /** Returns a comma-separated list; an empty entry is an error. */
  List<String> list(String key, List<String> defaults) {
    String value = text(key);
    if (value == null) {
      return defaults;
    }
    List<String> entries = new ArrayList<>();
    for (String entry : value.split(",", -1)) {
      if (entry.isBlank()) {
        throw new AxiomsConfigException(
            key, key + " has an empty entry in '" + value + "': separate names with single commas");
      }
      entries.add(entry.strip());
    }
    return List.copyOf(entries);
  }

  /** Returns a whole number within bounds. */
  int integer(String key, String defaultValue, int min, int max) {
    String value = orDefault(key, defaultValue);
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, with the bounds
    }
    throw new AxiomsConfigException(
        key, key + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }

  /**
   * Returns a duration within bounds, written as a whole number with an optional unit {@code ms},
   * {@code s}, {@code m} or {@code h}; no unit means seconds.
   */
  Duration duration(String key, String defaultValue, Duration min, Duration max) {
    String value = orDefault(key, defaultValue);
    Duration duration = Durations.parse(value);
    if (duration == null || duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new AxiomsConfigException(
          key,
          key
              + " must be a duration such as 30s, 500ms, 5m or 1h, from "
              + Durations.format(min)
              + " to "
              + Durations.format(max)
              + ", not '"
              + value
              + "'");
    }
    return duration;
  }

  private String orDefault(String key, String defaultValue) {
    String value = text(key);
    return value == null ? defaultValue : value;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
