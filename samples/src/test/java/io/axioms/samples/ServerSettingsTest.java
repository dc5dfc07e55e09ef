package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void defaultsToLoopbackPort8080() {
    InetSocketAddress address = ServerSettings.address(Map.of(), new Properties());

    assertEquals(8080, address.getPort());
    assertTrue(address.getAddress().isLoopbackAddress());
  }

  @Test
  void systemPropertyWinsOverEnvironment() {
    Properties properties = new Properties();
    properties.setProperty("PORT", "9090");

    InetSocketAddress address =
        ServerSettings.address(Map.of("PORT", "7070", "HOST", "0.0.0.0"), properties);

    assertEquals(9090, address.getPort());
    assertTrue(address.getAddress().isAnyLocalAddress());
  }

  @Test
  void badPortFailsAsBadConfigurationNamingTheKey() {
    for (String port : new String[] {"eighty", "-1", "65536"}) {
      StartupException failure =
          assertThrows(
              StartupException.class,
              () -> ServerSettings.address(Map.of("PORT", port), new Properties()));

      assertEquals(StartupException.BAD_CONFIGURATION, failure.exitStatus());
      assertTrue(failure.getMessage().startsWith("PORT must be"), failure.getMessage());
    }
  }
}
