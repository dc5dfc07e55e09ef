package io.axioms.runtime;

import java.util.Objects;

/**
 * Bad configuration, found at start-up: names the configuration key at fault and says how to fix
 * it. Unchecked, so that a misconfigured application stops before it serves a request.
 */
public final class AxiomsConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates the exception.
   *
   * @param key the configuration key at fault, such as {@code AXIOMS_AUDIENCE}
   * @param message the full message, which starts with the key
   */
  AxiomsConfigException(String key, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Returns the configuration key at fault.
   *
   * @return the key, such as {@code AXIOMS_AUDIENCE}
   */
  public String key() {
    return key;
  }
}
