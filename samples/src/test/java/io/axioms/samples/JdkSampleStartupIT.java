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
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration stops the sample jar at start, with a clear reason and a non-zero status. */
class JdkSampleStartupIT {

  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private static Path jar() {
    return Path.of(System.getProperty("sample.jar", "target/axioms-samples.jar"));
  }

  private SampleProcess start(Map<String, String> environment) throws Exception {
    return SampleProcess.start(jar(), directory, environment);
  }

  @Test
  void issuerWithoutAudienceFailsNamingTheKey() throws Exception {
    try (SampleProcess sample = start(Map.of("AXIOMS_ISS_URL", "https://issuer.example"))) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_AUDIENCE"), sample.output());
    }
  }

  @Test
  void plainHttpIssuerOffLoopbackFailsNamingTheKey() throws Exception {
    Map<String, String> environment =
        Map.of("AXIOMS_AUDIENCE", "api", "AXIOMS_ISS_URL", "http://issuer.example");
    try (SampleProcess sample = start(environment)) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_ISS_URL"), sample.output());
    }
  }

  @Test
  void dotEnvFileCountsAsConfiguration() throws Exception {
    Files.writeString(directory.resolve(".env"), "AXIOMS_ISS_URL=https://issuer.example\n");

    try (SampleProcess sample = start(Map.of())) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("AXIOMS_AUDIENCE"), sample.output());
    }
  }

  @Test
  void portThatIsNotANumberFailsNamingTheKey() throws Exception {
    try (SampleProcess sample = start(Map.of("PORT", "eighty"))) {
      assertEquals(2, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("PORT must be a port number"), sample.output());
    }
  }

  @Test
  void portInUseFailsWithStatusOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        SampleProcess sample = start(Map.of("PORT", String.valueOf(taken.getLocalPort())))) {
      assertEquals(1, sample.awaitExit(EXIT_TIMEOUT), sample.output());
      assertTrue(sample.errors().contains("cannot listen"), sample.output());
    }
  }
}
