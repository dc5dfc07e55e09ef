package io.axioms.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.httpserver.HttpServerCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the sample's routes on the JDK's HTTP server: exact paths, 404 for an unknown path, 405
 * with {@code Allow} for a known path and a wrong method. A guard's refusal propagates to the
 * runtime's {@code HttpServerErrors} filter, which writes the 401, 403 or 503. Every response has a
 * fixed length.
 */
final class ExchangeRouter implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(ExchangeRouter.class.getName());

  private final Map<String, Map<String, Route.Endpoint>> routes = new LinkedHashMap<>();

  ExchangeRouter(List<Route> table) {
    for (Route route : table) {
      routes
          .computeIfAbsent(route.path(), path -> new LinkedHashMap<>())
          .put(route.method(), route.endpoint());
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Map<String, Route.Endpoint> methods = routes.get(exchange.getRequestURI().getPath());
    if (methods == null) {
      send(exchange, 404, "Not found");
      return;
    }
    Route.Endpoint endpoint = methods.get(exchange.getRequestMethod());
    if (endpoint == null) {
      exchange.getResponseHeaders().set("Allow", String.join(", ", methods.keySet()));
      send(exchange, 405, "Method not allowed");
      return;
    }
    answer(exchange, endpoint);
  }

  private static void answer(HttpExchange exchange, Route.Endpoint endpoint) throws IOException {
    String authorization = HttpServerCredentials.authorization(exchange);
    String message;
    try {
      message = endpoint.answer(authorization);
    } catch (AxiomsException refusal) {
      throw refusal; // answered by the runtime's filter, with its status, challenge and body
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Handler failed on " + exchange.getRequestMethod(), e);
      send(exchange, 500, "Internal server error");
      return;
    }
    send(exchange, 200, message);
  }

  private static void send(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = JsonMessage.bytes(message);
    exchange.getResponseHeaders().set("Content-Type", JsonMessage.CONTENT_TYPE);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } finally {
      exchange.close();
    }
  }
}
