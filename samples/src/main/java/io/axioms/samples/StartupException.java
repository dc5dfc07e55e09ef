package io.axioms.samples;

/**
 * Stops the sample before it serves anything, with a message for the person who started it and the
 * process exit status to end with.
 */
public final class StartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exit status for configuration the sample cannot use. */
  public static final int BAD_CONFIGURATION = 2;

  /** Exit status for a server that cannot start, such as a port already in use. */
  public static final int CANNOT_START = 1;

  private final int exitStatus;

  /**
   * Returns a failure to report.
   *
   * @param message what went wrong and, where it helps, how to fix it
   * @param exitStatus {@link #BAD_CONFIGURATION} or {@link #CANNOT_START}
   * @param cause the underlying exception, or {@code null}
   */
  public StartupException(String message, int exitStatus, Throwable cause) {
    super(message, cause);
    this.exitStatus = exitStatus;
  }

  /**
   * Returns the process exit status to end with.
   *
   * @return a non-zero status
   */
  public int exitStatus() {
    return exitStatus;
  }
}
