package io.axioms.runtime;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The issuer's key set, fetched over HTTP through Nimbus's {@link JWKSourceBuilder}: cached for the
 * configured time to live, refreshed ahead of expiry by a background daemon thread, refetched on an
 * unknown {@code kid} at most twice per rate-limit period, and served from the last good copy
 * during an outage for the configured tolerance. Concurrent requests share one fetch.
 *
 * <p>A key set that cannot be retrieved at all is a 503; an unknown {@code kid} while the key set
 * is reachable is a 401.
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
   * @throws AxiomsException 503 when the key set cannot be retrieved
   */
  List<JWK> keys(String keyId) {
    Connection current = connection();
    JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build());
    try {
      return current.source.get(selector, null);
    } catch (RateLimitReachedException e) {
      if (current.fetches.lastFetchSucceeded()) {
        throw Rejection.KEY_UNKNOWN.exception(e);
      }
      throw unavailable(e);
    } catch (KeySourceException e) {
      throw unavailable(e);
    }
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
    if (connection != null && connection.source instanceof Closeable) {
      ((Closeable) connection.source).close();
    }
  }

  /** The Nimbus source chain for one key-set URL. */
  private static final class Connection {
    final LoggedJwkSetSource fetches;
    final JWKSource<SecurityContext> source;

    Connection(URI url, KeySetSettings settings) {
      try {
        this.fetches = new LoggedJwkSetSource(url.toURL(), settings);
      } catch (MalformedURLException e) {
        throw new IllegalStateException("Key-set URL was checked at start: " + url, e);
      }
      this.source = build(fetches, settings);
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
