package io.axioms.samples.javalin;

import io.axioms.samples.MockOAuth2SampleContract;
import java.nio.file.Path;

/** The Javalin sample jar trusting mock-oauth2-server: the same checks as the JDK sample. */
class JavalinSampleMockOAuth2IT extends MockOAuth2SampleContract {

  @Override
  protected Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples-javalin.jar"));
  }
}
