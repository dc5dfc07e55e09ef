package io.axioms.samples.javalin;

import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.ErrorResponse;
import io.axioms.samples.JsonMessage;
import io.axioms.samples.Route;
import io.axioms.samples.SampleServer;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;

/**
 * The sample's routes on Javalin. The guards are the same generated classes the JDK sample uses;
 * what is Javalin-specific is three things: each route becomes a Javalin handler, a guard's refusal
 * ({@link AxiomsException}) is turned into its 401 or 403 by one exception handler, and 404 and 405
 * answer with the same JSON body as every other response.
 */
final class JavalinSampleServer implements SampleServer {

  private final Javalin app;
  private final InetSocketAddress address;

  private JavalinSampleServer(Javalin app, InetSocketAddress address) {
    this.app = app;
    this.address = address;
  }

  /** Starts the routes on an address; port 0 picks a free one. */
  static JavalinSampleServer start(
      InetSocketAddress address, List<Route> routes, AxiomsConfig axiomsConfig) throws IOException {
    Javalin app = Javalin.create(config -> configure(config, address, routes, axiomsConfig));
    try {
      app.start();
    } catch (JavalinBindException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new JavalinSampleServer(app, new InetSocketAddress(address.getAddress(), app.port()));
  }

  private static void configure(
      JavalinConfig config,
      InetSocketAddress address,
      List<Route> routes,
      AxiomsConfig axiomsConfig) {
    config.startup.showJavalinBanner = false;
    config.jetty.host = address.getAddress().getHostAddress();
    config.jetty.port = address.getPort();
    config.http.prefer405over404 = true;

    for (Route route : routes) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(route.method()),
          route.path(),
          ctx -> message(ctx, 200, route.endpoint().answer(authorization(ctx))));
    }
    config.routes.exception(
        AxiomsException.class,
        (refusal, ctx) -> {
          ErrorResponse response = ErrorResponse.of(refusal, axiomsConfig);
          response.wwwAuthenticate().ifPresent(value -> ctx.header("WWW-Authenticate", value));
          ctx.header("Cache-Control", "no-store");
          ctx.status(response.status()).contentType(response.contentType()).result(response.body());
        });
    config.routes.error(404, ctx -> message(ctx, 404, "Not found"));
    config.routes.error(405, ctx -> message(ctx, 405, "Method not allowed"));
  }

  /**
   * Returns the {@code Authorization} field value, its field lines combined with commas (RFC 9110
   * section 5.3), so that two credentials are refused as malformed rather than the first one used.
   */
  private static String authorization(Context ctx) {
    List<String> lines = Collections.list(ctx.req().getHeaders("Authorization"));
    return lines.isEmpty() ? null : String.join(", ", lines);
  }

  private static void message(Context ctx, int status, String message) {
    ctx.status(status).contentType(JsonMessage.CONTENT_TYPE).result(JsonMessage.of(message));
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public void stop() {
    app.stop();
  }
}
