package io.axioms.samples.javalin;

import io.axioms.samples.LocalIssuerSampleContract;
import java.nio.file.Path;

/** The Javalin sample jar on its embedded issuer: the same checks as the JDK sample. */
class JavalinSampleLocalIssuerIT extends LocalIssuerSampleContract {

  @Override
  protected Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples-javalin.jar"));
  }
}
