package io.axioms.samples;

import java.nio.file.Path;

/** The JDK-server sample jar on its embedded issuer. */
class JdkSampleLocalIssuerIT extends LocalIssuerSampleContract {

  @Override
  protected Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples.jar"));
  }
}
