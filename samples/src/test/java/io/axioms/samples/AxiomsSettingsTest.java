package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxiomsSettingsTest {

  @TempDir Path directory;

  private Path dotEnv() {
    return directory.resolve(".env");
  }

  @Test
  void nothingSetMeansTheLocalIssuer() {
    Map<String, String> environment = Map.of("PATH", "/usr/bin", "PORT", "8080");

    assertFalse(AxiomsSettings.anyPresent(environment, new Properties(), dotEnv()));
  }

  @Test
  void environmentVariableCounts() {
    Map<String, String> environment = Map.of("AXIOMS_AUDIENCE", "api");

    assertTrue(AxiomsSettings.anyPresent(environment, new Properties(), dotEnv()));
  }

  @Test
  void systemPropertyCounts() {
    Properties properties = new Properties();
    properties.setProperty("AXIOMS_ISS_URL", "https://issuer.example");

    assertTrue(AxiomsSettings.anyPresent(Map.of(), properties, dotEnv()));
  }

  @Test
  void dotEnvEntryCountsWithOrWithoutExport() throws Exception {
    Files.writeString(dotEnv(), "# comment\nexport AXIOMS_DOMAIN=tenant.example\n");

    assertTrue(AxiomsSettings.anyPresent(Map.of(), new Properties(), dotEnv()));
  }

  @Test
  void blankValuesAndOtherKeysDoNotCount() throws Exception {
    Files.writeString(dotEnv(), "AXIOMS_AUDIENCE=\nOTHER_AXIOMS_KEY=x\n");
    Map<String, String> environment = Map.of("AXIOMS_DOMAIN", "  ");

    assertFalse(AxiomsSettings.anyPresent(environment, new Properties(), dotEnv()));
  }
}
