package io.axioms.samples;

/**
 * Starts the sample API on the JDK's built-in HTTP server: {@code java -jar axioms-samples.jar}.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the sample until the process is stopped.
   *
   * @param args ignored; the sample reads {@code PORT}, {@code HOST} and {@code AXIOMS_*}
   */
  public static void main(String[] args) {
    JvmSettings.apply(); // TCP_NODELAY, before com.sun.net.httpserver loads
    SampleLauncher.run("Axioms sample API (JDK HTTP server)", JdkSampleServer::start);
  }
}
