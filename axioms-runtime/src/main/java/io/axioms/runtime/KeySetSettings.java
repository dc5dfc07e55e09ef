package io.axioms.runtime;

import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_CACHE_TTL;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_CONNECT_TIMEOUT;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_FETCH_DEADLINE;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_OUTAGE_TOLERANCE;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_RATE_LIMIT;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_READ_TIMEOUT;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_REFRESH_AHEAD;
import static io.axioms.runtime.ConfigKeys.DEFAULT_JWKS_SIZE_LIMIT;
import static io.axioms.runtime.ConfigKeys.JWKS_CACHE_TTL;
import static io.axioms.runtime.ConfigKeys.JWKS_CONNECT_TIMEOUT;
import static io.axioms.runtime.ConfigKeys.JWKS_FETCH_DEADLINE;
import static io.axioms.runtime.ConfigKeys.JWKS_OUTAGE_TOLERANCE;
import static io.axioms.runtime.ConfigKeys.JWKS_RATE_LIMIT;
import static io.axioms.runtime.ConfigKeys.JWKS_READ_TIMEOUT;
import static io.axioms.runtime.ConfigKeys.JWKS_REFRESH_AHEAD;
import static io.axioms.runtime.ConfigKeys.JWKS_SIZE_LIMIT;

import java.time.Duration;

/**
 * How the issuer's key set is fetched and cached: the {@code AXIOMS_JWKS_*} keys. Immutable; part
 * of {@link AxiomsConfig}.
 */
public final class KeySetSettings {

  private static final Duration MS_100 = Duration.ofMillis(100);

  private final Duration cacheTimeToLive;
  private final Duration refreshAhead;
  private final Duration rateLimit;
  private final Duration outageTolerance;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration fetchDeadline;
  private final int sizeLimit;

  private KeySetSettings(ConfigReader reader) {
    this.cacheTimeToLive =
        reader.duration(
            JWKS_CACHE_TTL, DEFAULT_JWKS_CACHE_TTL, Duration.ofSeconds(1), Duration.ofDays(1));
    this.refreshAhead =
        reader.duration(
            JWKS_REFRESH_AHEAD, DEFAULT_JWKS_REFRESH_AHEAD, Duration.ZERO, Duration.ofHours(1));
    this.rateLimit =
        reader.duration(
            JWKS_RATE_LIMIT, DEFAULT_JWKS_RATE_LIMIT, Duration.ZERO, Duration.ofHours(1));
    this.outageTolerance =
        reader.duration(
            JWKS_OUTAGE_TOLERANCE,
            DEFAULT_JWKS_OUTAGE_TOLERANCE,
            Duration.ZERO,
            Duration.ofDays(7));
    this.connectTimeout =
        reader.duration(
            JWKS_CONNECT_TIMEOUT, DEFAULT_JWKS_CONNECT_TIMEOUT, MS_100, Duration.ofMinutes(1));
    this.readTimeout =
        reader.duration(
            JWKS_READ_TIMEOUT, DEFAULT_JWKS_READ_TIMEOUT, MS_100, Duration.ofMinutes(1));
    this.fetchDeadline =
        reader.duration(
            JWKS_FETCH_DEADLINE, DEFAULT_JWKS_FETCH_DEADLINE, MS_100, Duration.ofMinutes(5));
    this.sizeLimit = reader.integer(JWKS_SIZE_LIMIT, DEFAULT_JWKS_SIZE_LIMIT, 1024, 10 << 20);
  }

  static KeySetSettings read(ConfigReader reader) {
    KeySetSettings settings = new KeySetSettings(reader);
    settings.checkConsistent();
    return settings;
  }

  private void checkConsistent() {
    if (fetchDeadline.compareTo(connectTimeout) < 0) {
      throw new AxiomsConfigException(
          JWKS_FETCH_DEADLINE,
          JWKS_FETCH_DEADLINE + " must be at least " + JWKS_CONNECT_TIMEOUT + " (" + this + ")");
    }
    if (rateLimit.compareTo(cacheTimeToLive) >= 0) {
      throw new AxiomsConfigException(
          JWKS_RATE_LIMIT,
          JWKS_RATE_LIMIT + " must be shorter than " + JWKS_CACHE_TTL + " (" + this + ")");
    }
    if (!refreshAhead.isZero()
        && refreshAhead.plus(refreshTimeout()).compareTo(cacheTimeToLive) >= 0) {
      throw new AxiomsConfigException(
          JWKS_REFRESH_AHEAD,
          JWKS_REFRESH_AHEAD
              + " plus the refresh wait (fetch deadline + read timeout + 1s) must be shorter than "
              + JWKS_CACHE_TTL
              + " ("
              + this
              + ")");
    }
  }

  /**
   * Returns how long a fetched key set is used before it is fetched again, {@code
   * AXIOMS_JWKS_CACHE_TTL}.
   *
   * @return the time to live
   */
  public Duration cacheTimeToLive() {
    return cacheTimeToLive;
  }

  /**
   * Returns how long before expiry a request triggers a background refresh, {@code
   * AXIOMS_JWKS_REFRESH_AHEAD}.
   *
   * @return the refresh-ahead time; zero disables refresh-ahead
   */
  public Duration refreshAhead() {
    return refreshAhead;
  }

  /**
   * Returns the rate-limit period, {@code AXIOMS_JWKS_RATE_LIMIT}: at most two fetches per period
   * (one spare for a key rotation), however many tokens with an unknown {@code kid} arrive.
   *
   * @return the period; zero disables rate limiting
   */
  public Duration rateLimit() {
    return rateLimit;
  }

  /**
   * Returns how long the last fetched key set keeps being used while the issuer cannot be reached,
   * {@code AXIOMS_JWKS_OUTAGE_TOLERANCE}.
   *
   * @return the tolerance; zero disables it
   */
  public Duration outageTolerance() {
    return outageTolerance;
  }

  /**
   * Returns the connect timeout of a fetch, {@code AXIOMS_JWKS_CONNECT_TIMEOUT}.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the read timeout of a fetch, {@code AXIOMS_JWKS_READ_TIMEOUT}.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the total time a fetch may take, {@code AXIOMS_JWKS_FETCH_DEADLINE}: checked once the
   * response headers are in and after every read of the body, so a fetch ends at the latest one
   * read timeout after it, however slowly the issuer sends its body.
   *
   * @return the deadline; at least the connect timeout
   */
  public Duration fetchDeadline() {
    return fetchDeadline;
  }

  /**
   * Returns the largest accepted key set or discovery document, in bytes, {@code
   * AXIOMS_JWKS_SIZE_LIMIT}.
   *
   * @return the size limit
   */
  public int sizeLimit() {
    return sizeLimit;
  }

  /**
   * Returns how long a request waits for a fetch that another request started: the longest a fetch
   * can take (the fetch deadline plus the read timeout) plus one second (derived, not
   * configurable).
   *
   * @return the wait
   */
  public Duration refreshTimeout() {
    return fetchDeadline.plus(readTimeout).plusSeconds(1);
  }

  @Override
  public String toString() {
    return "key set cache="
        + Durations.format(cacheTimeToLive)
        + ", refresh ahead="
        + Durations.format(refreshAhead)
        + ", rate limit="
        + Durations.format(rateLimit)
        + ", outage tolerance="
        + Durations.format(outageTolerance)
        + ", connect timeout="
        + Durations.format(connectTimeout)
        + ", read timeout="
        + Durations.format(readTimeout)
        + ", fetch deadline="
        + Durations.format(fetchDeadline)
        + ", size limit="
        + sizeLimit;
  }
}
