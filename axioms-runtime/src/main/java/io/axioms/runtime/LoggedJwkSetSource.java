package io.axioms.runtime;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URL;

/**
 * The innermost key-set source: one HTTP fetch per call, logged once. A failed fetch is a WARNING
 * line; the first success, and the first after a failure, an INFO line; routine refreshes DEBUG.
 * Nimbus's caching, rate limiting and outage tolerance sit around it.
 */
final class LoggedJwkSetSource implements JWKSetSource<SecurityContext> {

  private static final System.Logger LOG = System.getLogger("io.axioms.runtime.keyset");

  private final URI url;
  private final URLBasedJWKSetSource<SecurityContext> delegate;
  private volatile Boolean lastFetchSucceeded;

  LoggedJwkSetSource(URL url, KeySetSettings settings) {
    this.url = URI.create(url.toString());
    DefaultResourceRetriever retriever =
        new DefaultResourceRetriever(
            (int) settings.connectTimeout().toMillis(),
            (int) settings.readTimeout().toMillis(),
            settings.sizeLimit());
    this.delegate = new URLBasedJWKSetSource<>(url, retriever);
  }

  @Override
  public JWKSet getJWKSet(
      JWKSetCacheRefreshEvaluator evaluator, long currentTime, SecurityContext context)
      throws KeySourceException {
    try {
      JWKSet keySet = delegate.getJWKSet(evaluator, currentTime, context);
      Level level = Boolean.TRUE.equals(lastFetchSucceeded) ? Level.DEBUG : Level.INFO;
      LOG.log(level, "Fetched key set from {0}: {1} keys", url, keySet.getKeys().size());
      lastFetchSucceeded = true;
      return keySet;
    } catch (KeySourceException | RuntimeException e) {
      lastFetchSucceeded = false;
      LOG.log(Level.WARNING, "Key set fetch from {0} failed: {1}", url, LogText.describe(e));
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
