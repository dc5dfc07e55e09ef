package io.axioms.samples;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.httpserver.HttpServerErrors;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample on the JDK's built-in HTTP server, served the way production should: an executor sized
 * for the machine (the server's default runs every exchange on its single dispatcher thread),
 * fixed-length responses, and {@code TCP_NODELAY}, which {@link Main} turns on before the server
 * class loads.
 */
final class JdkSampleServer implements SampleServer {

  private final HttpServer server;
  private final ExecutorService executor;

  private JdkSampleServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the routes on an address; port 0 picks a free one. */
  static JdkSampleServer start(InetSocketAddress address, List<Route> routes, AxiomsConfig config)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService executor = Executors.newFixedThreadPool(threads(), namedThreads());
    HttpContext context = server.createContext("/", new ExchangeRouter(routes));
    context.getFilters().add(HttpServerErrors.filter(config));
    server.setExecutor(executor);
    server.start();
    return new JdkSampleServer(server, executor);
  }

  /**
   * Returns two threads per core, at least four: a handler mostly waits (on the network, and on the
   * first key-set fetch), so one per core would leave the cores idle.
   */
  private static int threads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  private static ThreadFactory namedThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, "sample-http-" + count.incrementAndGet());
  }

  @Override
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void stop() {
    server.stop(1);
    executor.shutdown();
  }
}
