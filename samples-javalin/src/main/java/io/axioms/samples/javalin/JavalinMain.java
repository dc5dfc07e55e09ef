package io.axioms.samples.javalin;

import io.axioms.samples.JvmSettings;
import io.axioms.samples.SampleLauncher;

/**
 * Starts the sample API on Javalin: {@code java -jar axioms-samples-javalin.jar}. Same routes, same
 * guarded interfaces and same settings ({@code PORT}, {@code HOST}, {@code AXIOMS_*}) as the JDK
 * server sample.
 */
public final class JavalinMain {

  private JavalinMain() {}

  /**
   * Runs the sample until the process is stopped.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    JvmSettings.apply();
    SampleLauncher.run("Axioms sample API (Javalin)", JavalinSampleServer::start);
  }
}
