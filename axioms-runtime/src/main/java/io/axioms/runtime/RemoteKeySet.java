package io.axioms.runtime;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The issuer's key set, fetched over HTTP through Nimbus's {@link JWKSourceBuilder}: cached for the
 * configured time to live, refreshed ahead of expiry by a background daemon thread, refetched on an
 * unknown {@code kid} at most twice per rate-limit period, and served from the last good copy
 * during an outage for the configured tolerance. Concurrent requests share one fetch.
 *
 * <p>A lookup first takes the valid key set (the cached one, or a fresh fetch when none is cached
 * or it expired); when that fails, nothing can be verified and the answer is a 503. When that key
 * set lacks the token's {@code kid}, one refetch is tried; if the rate limit refuses it or it
 * fails, the token is the problem, not the issuer, and the answer is a 401.
 */
final class RemoteKeySet implements Closeable {

  private final KeySetLocation location;
  private final KeySetSettings settings;
  private volatile Connection connection;

  RemoteKeySet(KeySetLocation location, KeySetSettings settings) {
    this.location = location;
    this.settings = settings;
  }

  /** Looks the key set up now, so the first request need not; never throws. */
  void prepare() {
    location.prepare();
  }

  /**
   * Returns the keys whose {@code kid} is the given one, refetching once when there is none.
   *
   * @throws AxiomsException 503 when no valid key set can be had; 401 when the valid key set lacks
   *     the {@code kid} and a refetch, if allowed by the rate limit, brings none either
   */
  List<JWK> keys(String keyId) {
    Connection current = connection();
    JWKSet keySet = current.keySet(JWKSetCacheRefreshEvaluator.noRefresh());
    List<JWK> matches = withKeyId(keySet, keyId);
    if (!matches.isEmpty()) {
      return matches;
    }
    try {
      return withKeyId(current.refreshed(keySet), keyId);
    } catch (KeySourceException e) {
      throw Rejection.KEY_UNKNOWN.exception(e);
    }
  }

  private static List<JWK> withKeyId(JWKSet keySet, String keyId) {
    List<JWK> matches = new ArrayList<>(1);
    for (JWK key : keySet.getKeys()) {
      if (keyId.equals(key.getKeyID())) {
        matches.add(key);
      }
    }
    return matches;
  }

  private Connection connection() {
    Connection current = connection;
    if (current != null) {
      return current;
    }
    URI url = location.url();
    synchronized (this) {
      if (connection == null) {
        connection = new Connection(url, settings);
      }
      return connection;
    }
  }

  private static AxiomsException unavailable(Exception cause) {
    return AxiomsException.keySetUnavailable(
        "The issuer's signing keys cannot be retrieved", cause);
  }

  @Override
  public synchronized void close() throws IOException {
    if (connection != null) {
      connection.source.close();
    }
  }

  /** The Nimbus source chain for one key-set URL. */
  private static final class Connection {
    final JWKSetBasedJWKSource<SecurityContext> source;
    final JWKSetSource<SecurityContext> keySets;

    Connection(URI url, KeySetSettings settings) {
      LoggedJwkSetSource fetches;
      try {
        fetches = new LoggedJwkSetSource(url.toURL(), settings);
      } catch (MalformedURLException e) {
        throw new IllegalStateException("Key-set URL was checked at start: " + url, e);
      }
      this.source = (JWKSetBasedJWKSource<SecurityContext>) build(fetches, settings);
      this.keySets = source.getJWKSetSource();
    }

    /** Returns the cached key set, fetching it when absent or expired; 503 when none. */
    JWKSet keySet(JWKSetCacheRefreshEvaluator evaluator) {
      try {
        return keySets.getJWKSet(evaluator, System.currentTimeMillis(), null);
      } catch (KeySourceException e) {
        throw unavailable(e);
      }
    }

    /** Returns the key set refetched because it lacked a kid, within the rate limit. */
    JWKSet refreshed(JWKSet stale) throws KeySourceException {
      JWKSetCacheRefreshEvaluator evaluator =
          JWKSetCacheRefreshEvaluator.referenceComparison(stale);
      return keySets.getJWKSet(evaluator, System.currentTimeMillis(), null);
    }

    private static JWKSource<SecurityContext> build(
        LoggedJwkSetSource fetches, KeySetSettings settings) {
      JWKSourceBuilder<SecurityContext> builder =
          JWKSourceBuilder.create(fetches)
              .retrying(false)
              .cache(settings.cacheTimeToLive().toMillis(), settings.refreshTimeout().toMillis());
      if (settings.refreshAhead().isZero()) {
        builder.refreshAheadCache(false);
      } else {
        builder.refreshAheadCache(
            settings.refreshAhead().toMillis(), null, refreshExecutor(), true, null, false);
      }
      if (settings.rateLimit().isZero()) {
        builder.rateLimited(false);
      } else {
        builder.rateLimited(settings.rateLimit().toMillis());
      }
      if (settings.outageTolerance().isZero()) {
        builder.outageTolerant(false);
      } else {
        builder.outageTolerant(settings.outageTolerance().toMillis());
      }
      return builder.build();
    }

    private static ExecutorService refreshExecutor() {
      return Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "axioms-key-set-refresh");
            thread.setDaemon(true);
            return thread;
          });
    }
  }
}
