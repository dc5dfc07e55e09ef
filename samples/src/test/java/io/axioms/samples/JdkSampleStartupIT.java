package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration stops the sample jar at start, with a clear reason and a non-zero status. */
class JdkSampleStartupIT {

  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private static Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples.jar"));
  }

  private SampleProcess start(Map<String, String> environment, TestInfo test) throws Exception {
    String name = "JdkSampleStartupIT-" + test.getTestMethod().orElseThrow().getName();
    return SampleProcess.start(name, jar(), directory, environment);
  }

  @Test
  void issuerWithoutAudienceFailsNamingTheKey(TestInfo test) throws Exception {
    try (SampleProcess sample = start(Map.of("AXIOMS_ISS_URL", "https://issuer.example"), test)) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_AUDIENCE"), sample.output());
    }
  }

  @Test
  void plainHttpIssuerOffLoopbackFailsNamingTheKey(TestInfo test) throws Exception {
    Map<String, String> environment =
        Map.of("AXIOMS_AUDIENCE", "api", "AXIOMS_ISS_URL", "http://issuer.example");
    try (SampleProcess sample = start(environment, test)) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_ISS_URL"), sample.output());
    }
  }

  @Test
  void dotEnvFileCountsAsConfiguration(TestInfo test) throws Exception {
    Files.writeString(directory.resolve(".env"), "AXIOMS_ISS_URL=https://issuer.example\n");

    try (SampleProcess sample = start(Map.of(), test)) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_AUDIENCE"), sample.output());
    }
  }

  @Test
  void portThatIsNotANumberFailsNamingTheKey(TestInfo test) throws Exception {
    try (SampleProcess sample = start(Map.of("PORT", "eighty"), test)) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("PORT must be a port number"), sample.output());
    }
  }

  @Test
  void portInUseFailsWithStatusOne(TestInfo test) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        SampleProcess sample = start(Map.of("PORT", String.valueOf(taken.getLocalPort())), test)) {
      assertEquals(1, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("cannot listen"), sample.output());
    }
  }
}
