package io.axioms.runtime;

import java.util.Map;

/** One place configuration values come from: system properties, the environment, a file. */
@FunctionalInterface
interface ConfigSource {

  /** Returns the value of a key, or {@code null} when this source does not set it. */
  String get(String key);

  /** Returns the JVM's system properties as a source. */
  static ConfigSource systemProperties() {
    return System::getProperty;
  }

  /** Returns the process environment as a source. */
  static ConfigSource environment() {
    return System::getenv;
  }

  /** Returns a fixed map as a source, for tests. */
  static ConfigSource of(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return copy::get;
  }
}
