package io.axioms.runtime.httpserver;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;

/**
 * Reads the credential of a request on the JDK's {@code com.sun.net.httpserver}, for the
 * {@code @BearerToken} parameter of a generated guard.
 */
public final class HttpServerCredentials {

  private HttpServerCredentials() {}

  /**
   * Returns the request's {@code Authorization} field value. When the request has several {@code
   * Authorization} lines they are combined with commas (RFC 9110, section 5.3) instead of one being
   * picked, so that two credentials are refused as the malformed header they are.
   *
   * @param exchange the request
   * @return the field value, or {@code null} when the request has no {@code Authorization} header
   */
  public static String authorization(HttpExchange exchange) {
    List<String> lines = exchange.getRequestHeaders().get("Authorization");
    return lines == null || lines.isEmpty() ? null : String.join(", ", lines);
  }
}
