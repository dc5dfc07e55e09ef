package io.axioms.runtime.httpserver;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.ErrorResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes {@link AxiomsException}s as HTTP responses on the JDK's {@code com.sun.net.httpserver}:
 * the counterpart of the seed library's Flask error handler. Add {@link #filter} to each context
 * whose handlers call generated guards, and every 401, 403 or 503 they throw is answered with its
 * status, {@code WWW-Authenticate} header and JSON body:
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/api", handler);
 * context.getFilters().add(HttpServerErrors.filter(config));
 * }</pre>
 *
 * <p>The JDK server at its defaults stalls about 40 ms per response on delayed TCP
 * acknowledgements. Start the JVM with {@code -Dsun.net.httpserver.nodelay=true}, give the server
 * an executor ({@code server.setExecutor(Executors.newFixedThreadPool(n))}, or virtual threads on
 * Java 21 and later), and send fixed-length responses ({@code sendResponseHeaders(status,
 * bytes.length)}), as this class does, rather than chunked ones.
 */
public final class HttpServerErrors {

  private HttpServerErrors() {}

  /**
   * Returns a filter that answers any {@link AxiomsException} thrown further down the chain, with
   * the configured issuer as realm. A failure thrown after the handler started its response cannot
   * be answered and is rethrown.
   *
   * @param config the configuration
   * @return the filter
   */
  public static Filter filter(AxiomsConfig config) {
    Objects.requireNonNull(config, "config");
    return new Filter() {
      @Override
      public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        try {
          chain.doFilter(exchange);
        } catch (AxiomsException failure) {
          if (exchange.getResponseCode() != -1) {
            throw failure;
          }
          send(exchange, ErrorResponse.of(failure, config));
        }
      }

      @Override
      public String description() {
        return "Answers Axioms access-token failures with 401, 403 or 503";
      }
    };
  }

  /**
   * Sends a failure as the response and closes the exchange.
   *
   * @param exchange the exchange, whose response has not started
   * @param failure the failure
   * @param config the configuration whose issuer is the realm
   * @throws IOException when the response cannot be written
   */
  public static void send(HttpExchange exchange, AxiomsException failure, AxiomsConfig config)
      throws IOException {
    send(exchange, ErrorResponse.of(failure, config));
  }

  /**
   * Sends an error response as a fixed-length response and closes the exchange.
   *
   * @param exchange the exchange, whose response has not started
   * @param response the response
   * @throws IOException when the response cannot be written
   */
  public static void send(HttpExchange exchange, ErrorResponse response) throws IOException {
    byte[] body = response.bodyBytes();
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    response
        .wwwAuthenticate()
        .ifPresent(challenge -> exchange.getResponseHeaders().set("WWW-Authenticate", challenge));
    exchange.sendResponseHeaders(response.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } finally {
      exchange.close();
    }
  }
}
