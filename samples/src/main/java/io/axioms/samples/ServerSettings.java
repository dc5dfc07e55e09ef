package io.axioms.samples;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the sample listens: {@code PORT} (default 8080; 0 picks a free port) and {@code HOST}
 * (default 127.0.0.1, so a sample started on a laptop is not reachable from the network; set {@code
 * 0.0.0.0} in a container). Each is read from a Java system property, then the environment.
 */
final class ServerSettings {

  static final String PORT = "PORT";
  static final String HOST = "HOST";

  private ServerSettings() {}

  /** Returns the address to listen on, or throws a startup failure naming the bad key. */
  static InetSocketAddress address(Map<String, String> environment, Properties properties) {
    String port = value(PORT, environment, properties, "8080");
    String host = value(HOST, environment, properties, "127.0.0.1");
    return new InetSocketAddress(host(host), port(port));
  }

  private static String value(
      String key, Map<String, String> environment, Properties properties, String fallback) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      value = environment.get(key);
    }
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same message as an out-of-range number.
    }
    throw new StartupException(
        PORT + " must be a port number from 0 to 65535, not \"" + text + "\"",
        StartupException.BAD_CONFIGURATION,
        null);
  }

  private static InetAddress host(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new StartupException(
          HOST
              + " must be an address of this machine, such as 127.0.0.1 or 0.0.0.0, not \""
              + text
              + "\"",
          StartupException.BAD_CONFIGURATION,
          e);
    }
  }
}
