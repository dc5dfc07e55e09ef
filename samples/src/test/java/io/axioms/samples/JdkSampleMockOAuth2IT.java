package io.axioms.samples;

import java.nio.file.Path;

/** The JDK-server sample jar trusting mock-oauth2-server through its discovery document. */
class JdkSampleMockOAuth2IT extends MockOAuth2SampleContract {

  @Override
  protected Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples.jar"));
  }
}
