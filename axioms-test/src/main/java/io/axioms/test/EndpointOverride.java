package io.axioms.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A canned answer that replaces what a {@link LocalIssuer} endpoint normally serves, for tests that
 * need a key set or discovery document that is broken, slow or simply different. Instances are
 * immutable; each {@code with...} method returns a changed copy.
 *
 * <pre>{@code
 * issuer.jwksEndpoint().override(EndpointOverride.status(503));
 * issuer.jwksEndpoint().override(EndpointOverride.json("{\"keys\":[]}"));
 * issuer.jwksEndpoint().override(
 *     EndpointOverride.json(body).withTrickle(1, Duration.ofMillis(200)));
 * }</pre>
 *
 * <p>The response always declares its full {@code Content-Length}, even while it trickles.
 */
public final class EndpointOverride {

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Duration delay;
  private final int chunkSize;
  private final Duration chunkPause;
  private final Map<String, String> headers;

  private EndpointOverride(
      int status,
      String contentType,
      byte[] body,
      Duration delay,
      int chunkSize,
      Duration chunkPause,
      Map<String, String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.delay = delay;
    this.chunkSize = chunkSize;
    this.chunkPause = chunkPause;
    this.headers = Map.copyOf(headers);
  }

  /**
   * Returns an override that answers a status with an empty body.
   *
   * @param status the HTTP status, 100 to 599
   * @return the override
   * @throws IllegalArgumentException if the status is out of range
   */
  public static EndpointOverride status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    return new EndpointOverride(
        status, "application/json", new byte[0], Duration.ZERO, 0, Duration.ZERO, Map.of());
  }

  /**
   * Returns an override that answers 200 with a JSON body, which need not be valid JSON.
   *
   * @param body the body, sent as UTF-8
   * @return the override
   */
  public static EndpointOverride json(String body) {
    return status(200).withBody(body);
  }

  /**
   * Returns a copy with another status.
   *
   * @param newStatus the HTTP status, 100 to 599
   * @return the changed copy
   * @throws IllegalArgumentException if the status is out of range
   */
  public EndpointOverride withStatus(int newStatus) {
    EndpointOverride checked = status(newStatus);
    return new EndpointOverride(
        checked.status, contentType, body, delay, chunkSize, chunkPause, headers);
  }

  /**
   * Returns a copy with another {@code Content-Type}.
   *
   * @param newContentType the media type, or {@code null} to send no {@code Content-Type}
   * @return the changed copy
   */
  public EndpointOverride withContentType(String newContentType) {
    return new EndpointOverride(
        status, newContentType, body, delay, chunkSize, chunkPause, headers);
  }

  /**
   * Returns a copy with another body.
   *
   * @param newBody the body, sent as UTF-8
   * @return the changed copy
   */
  public EndpointOverride withBody(String newBody) {
    return withBody(Objects.requireNonNull(newBody, "body").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a copy with another body, sent byte for byte.
   *
   * @param newBody the body
   * @return the changed copy
   */
  public EndpointOverride withBody(byte[] newBody) {
    return new EndpointOverride(
        status, contentType, newBody.clone(), delay, chunkSize, chunkPause, headers);
  }

  /**
   * Returns a copy that waits before it sends the status line.
   *
   * @param newDelay how long to wait; zero for none
   * @return the changed copy
   * @throws IllegalArgumentException if the delay is negative
   */
  public EndpointOverride withDelay(Duration newDelay) {
    return new EndpointOverride(
        status, contentType, body, nonNegative(newDelay), chunkSize, chunkPause, headers);
  }

  /**
   * Returns a copy that sends its body slowly: a chunk of bytes, a pause, the next chunk.
   *
   * @param bytesPerChunk how many bytes to send at a time, at least 1
   * @param pause how long to wait after each chunk
   * @return the changed copy
   * @throws IllegalArgumentException if the chunk size is below 1 or the pause is negative
   */
  public EndpointOverride withTrickle(int bytesPerChunk, Duration pause) {
    if (bytesPerChunk < 1) {
      throw new IllegalArgumentException("bytesPerChunk must be at least 1: " + bytesPerChunk);
    }
    return new EndpointOverride(
        status, contentType, body, delay, bytesPerChunk, nonNegative(pause), headers);
  }

  /**
   * Returns a copy that also sends a response header, such as {@code Cache-Control}.
   *
   * @param name the header name
   * @param value the header value
   * @return the changed copy
   */
  public EndpointOverride withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new EndpointOverride(status, contentType, body, delay, chunkSize, chunkPause, more);
  }

  private static Duration nonNegative(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Duration must not be negative: " + duration);
    }
    return duration;
  }

  int statusCode() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body.clone();
  }

  Duration delay() {
    return delay;
  }

  /** Returns the trickle chunk size, or 0 to send the body at once. */
  int chunkSize() {
    return chunkSize;
  }

  Duration chunkPause() {
    return chunkPause;
  }

  Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "EndpointOverride[status="
        + status
        + ", contentType="
        + contentType
        + ", bodyBytes="
        + body.length
        + ", delay="
        + delay
        + ", chunkSize="
        + chunkSize
        + ", chunkPause="
        + chunkPause
        + "]";
  }
}
