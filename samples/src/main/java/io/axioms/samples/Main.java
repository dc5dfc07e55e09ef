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
    // The JDK server reads this once, when its configuration class loads: set it before anything
    // touches com.sun.net.httpserver, or every response waits on delayed ACKs (about 40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SampleLauncher.run("Axioms sample API (JDK HTTP server)", JdkSampleServer::start);
  }
}
