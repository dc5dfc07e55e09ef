package io.axioms.samples;

import io.axioms.runtime.AxiomsConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/** A running HTTP server of the sample, on whatever framework serves the routes. */
public interface SampleServer {

  /** Starts a server for the sample's routes. */
  @FunctionalInterface
  interface Starter {

    /**
     * Starts serving the routes.
     *
     * @param address where to listen; port 0 picks a free one
     * @param routes the guarded routes
     * @param config the configuration, whose issuer is the {@code realm} of every refusal
     * @return the running server
     * @throws IOException if the server cannot listen there
     */
    SampleServer start(InetSocketAddress address, List<Route> routes, AxiomsConfig config)
        throws IOException;
  }

  /**
   * Returns where the server listens.
   *
   * @return the bound address, with the real port
   */
  InetSocketAddress address();

  /** Stops the server, letting requests in progress finish for at most a second. */
  void stop();
}
