package io.axioms.samples;

import java.util.Objects;

/**
 * One route of the sample: an HTTP method on a path, answered by a guarded call. The same routes
 * are served by every framework the samples show.
 */
public final class Route {

  /** A guarded call that answers a request, given its {@code Authorization} header. */
  @FunctionalInterface
  public interface Endpoint {

    /**
     * Returns the message for the JSON body {@code {"message": "..."}}.
     *
     * @param authorization the raw {@code Authorization} header value, or {@code null}
     * @return the message
     * @throws io.axioms.runtime.AxiomsException when the guard refuses the call
     */
    String answer(String authorization);
  }

  private final String method;
  private final String path;
  private final Endpoint endpoint;

  Route(String method, String path, Endpoint endpoint) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * Returns the HTTP method.
   *
   * @return {@code GET}, {@code POST}, {@code PATCH} or {@code DELETE}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the exact path.
   *
   * @return the path, such as {@code /admin/users}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the guarded call that answers it.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
