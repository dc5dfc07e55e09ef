package io.axioms.runtime;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;

/**
 * The innermost key-set source: one HTTP fetch per call through a {@link BoundedRetriever}, parsed
 * key by key by {@link KeySetJson}, and logged once. A failed fetch is a WARNING line; the first
 * success, and the first after a failure, an INFO line; routine refreshes DEBUG. Members of {@code
 * keys} that were skipped are one WARNING line per fetch. Nimbus's caching, rate limiting and
 * outage tolerance sit around it.
 */
final class LoggedJwkSetSource implements JWKSetSource<SecurityContext> {

  private static final System.Logger LOG = System.getLogger("io.axioms.runtime.keyset");
  private static final String ACCEPT = "application/jwk-set+json, application/json";

  private final URL url;
  private final URI logUrl;
  private final BoundedRetriever retriever;
  private volatile Boolean lastFetchSucceeded;

  LoggedJwkSetSource(URL url, KeySetSettings settings) {
    this.url = url;
    this.logUrl = URI.create(url.toString());
    this.retriever = new BoundedRetriever(settings, ACCEPT);
  }

  @Override
  public JWKSet getJWKSet(
      JWKSetCacheRefreshEvaluator evaluator, long currentTime, SecurityContext context)
      throws KeySourceException {
    try {
      KeySetJson.Parsed parsed = fetch();
      logSkipped(parsed);
      Level level = Boolean.TRUE.equals(lastFetchSucceeded) ? Level.DEBUG : Level.INFO;
      LOG.log(level, "Fetched key set from {0}: {1} keys", logUrl, parsed.keySet.getKeys().size());
      lastFetchSucceeded = true;
      return parsed.keySet;
    } catch (KeySourceException | RuntimeException e) {
      lastFetchSucceeded = false;
      LOG.log(Level.WARNING, "Key set fetch from {0} failed: {1}", logUrl, LogText.describe(e));
      throw e;
    }
  }

  private KeySetJson.Parsed fetch() throws KeySourceException {
    String body;
    try {
      body = retriever.retrieveResource(url).getContent();
    } catch (IOException e) {
      throw new JWKSetUnavailableException("Cannot retrieve the key set: " + e.getMessage(), e);
    }
    try {
      return KeySetJson.parse(body);
    } catch (ParseException e) {
      throw new JWKSetParseException(e.getMessage(), e);
    }
  }

  private void logSkipped(KeySetJson.Parsed parsed) {
    if (!parsed.skipped.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "Key set from {0}: skipped {1} member(s) of \"keys\" that are not valid keys: {2}",
          logUrl,
          parsed.skipped.size(),
          String.join(", ", parsed.skipped));
    }
  }

  @Override
  public void close() {}
}
