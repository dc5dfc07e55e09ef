package io.axioms.test;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One endpoint of a {@link LocalIssuer} (the key set, the discovery document or the token endpoint)
 * with the controls a test needs: how many requests it has received, and an {@link
 * EndpointOverride} that replaces its normal answer until {@link #reset()}. Thread-safe.
 */
public final class IssuerEndpoint {

  private final String url;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicReference<EndpointOverride> override = new AtomicReference<>();

  IssuerEndpoint(String url) {
    this.url = url;
  }

  /**
   * Returns the endpoint's absolute URL.
   *
   * @return the URL, such as {@code http://127.0.0.1:41234/.well-known/jwks.json}
   */
  public String url() {
    return url;
  }

  /**
   * Returns how many requests for this endpoint have arrived, counted when each arrives (before any
   * override's delay), whether or not an override answered it.
   *
   * @return the count since start or the last {@link #resetRequestCount()}
   */
  public int requestCount() {
    return requests.get();
  }

  /** Sets the request count back to zero. */
  public void resetRequestCount() {
    requests.set(0);
  }

  /**
   * Makes the endpoint answer every following request with a canned response.
   *
   * @param answer the response to serve until {@link #reset()} or another override
   */
  public void override(EndpointOverride answer) {
    override.set(Objects.requireNonNull(answer, "answer"));
  }

  /**
   * Returns the override in force.
   *
   * @return the override, or empty when the endpoint serves its normal answer
   */
  public Optional<EndpointOverride> currentOverride() {
    return Optional.ofNullable(override.get());
  }

  /** Removes any override, so the endpoint serves its normal answer again; keeps the count. */
  public void reset() {
    override.set(null);
  }

  /** Counts one arriving request and returns the override to answer it with, or null. */
  EndpointOverride arrive() {
    requests.incrementAndGet();
    return override.get();
  }

  @Override
  public String toString() {
    return url;
  }
}
