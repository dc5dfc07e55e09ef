package io.axioms.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a sample the same way on every framework: read {@code PORT} and {@code HOST}, choose the
 * issuer to trust, start the server, print the banner, and stop cleanly on Ctrl-C. Anything that
 * prevents a start ends the process with a one-line reason and a non-zero exit status.
 */
public final class SampleLauncher {

  private static final System.Logger LOG = System.getLogger(SampleLauncher.class.getName());

  private SampleLauncher() {}

  /**
   * Runs a sample until the process is stopped; on a failure to start it exits the JVM with status
   * 2 (bad configuration) or 1 (cannot listen).
   *
   * @param title the name to print, such as {@code "Axioms sample API (JDK HTTP server)"}
   * @param starter starts the framework's server
   */
  public static void run(String title, SampleServer.Starter starter) {
    try {
      start(title, starter, System.out);
    } catch (StartupException e) {
      System.err.println(title + " cannot start: " + e.getMessage());
      System.exit(e.exitStatus());
    }
  }

  /**
   * Starts a sample and returns once it serves; the caller stops it with the returned handle.
   *
   * @param title the name to print
   * @param starter starts the framework's server
   * @param out where to print the banner
   * @return the running sample
   * @throws StartupException when the settings are bad or the server cannot listen
   */
  public static AutoCloseable start(String title, SampleServer.Starter starter, PrintStream out) {
    InetSocketAddress address = ServerSettings.address(System.getenv(), System.getProperties());
    IssuerTrust trust =
        IssuerTrust.choose(System.getenv(), System.getProperties(), Path.of(".env"));
    List<Route> routes = SampleRoutes.guardedBy(trust.validator());
    SampleServer server = listen(starter, address, routes, trust);

    LOG.log(Level.INFO, "{0} listening on {1}", title, server.address());
    Banner.print(out, title, server.address(), trust, routes);
    AutoCloseable running =
        () -> {
          server.stop();
          trust.close();
        };
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(running), "sample-stop"));
    return running;
  }

  private static SampleServer listen(
      SampleServer.Starter starter,
      InetSocketAddress address,
      List<Route> routes,
      IssuerTrust trust) {
    try {
      return starter.start(address, routes, trust.config());
    } catch (IOException e) {
      trust.close();
      throw new StartupException(
          "cannot listen on " + address + " (" + e.getMessage() + "); set PORT to a free port",
          StartupException.CANNOT_START,
          e);
    }
  }

  private static void closeQuietly(AutoCloseable running) {
    try {
      running.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Sample did not stop cleanly", e);
    }
  }
}
