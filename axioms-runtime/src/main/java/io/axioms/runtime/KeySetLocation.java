package io.axioms.runtime;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Where the key set is: the configured {@code AXIOMS_JWKS_URL}, or else found once through the
 * issuer's discovery document, falling back to {@code {issuer}/.well-known/jwks.json} when the
 * document is missing or unusable. When the issuer cannot be reached, discovery is tried again on a
 * later request, at most once per retry interval; until then requests are answered 503.
 */
final class KeySetLocation {

  private static final System.Logger LOG = System.getLogger("io.axioms.runtime.keyset");

  private final IssuerDiscovery discovery;
  private final URI fallback;
  private final Clock clock;
  private final long retryMillis;
  private volatile URI resolved;
  private long nextAttemptMillis;

  private KeySetLocation(
      URI resolved, IssuerDiscovery discovery, URI fallback, Clock clock, Duration retry) {
    this.resolved = resolved;
    this.discovery = discovery;
    this.fallback = fallback;
    this.clock = clock;
    this.retryMillis = Math.max(retry.toMillis(), 1000);
  }

  /** Returns the location the configuration names or implies. */
  static KeySetLocation of(AxiomsConfig config, Clock clock) {
    if (config.keySetUrl().isPresent()) {
      return new KeySetLocation(config.keySetUrl().get(), null, null, clock, Duration.ZERO);
    }
    IssuerDiscovery discovery =
        new IssuerDiscovery(
            config.discoveryUrl().orElseThrow(),
            config.issuer().orElseThrow(),
            config.keySetSettings());
    return new KeySetLocation(
        null,
        discovery,
        config.fallbackKeySetUrl().orElseThrow(),
        clock,
        config.keySetSettings().rateLimit());
  }

  /**
   * Returns the key-set URL, running discovery if it has not succeeded yet.
   *
   * @throws AxiomsException 503 while the issuer cannot be reached
   */
  URI url() {
    URI url = resolved;
    if (url != null) {
      return url;
    }
    synchronized (this) {
      if (resolved == null && clock.millis() >= nextAttemptMillis) {
        discover();
      }
      if (resolved == null) {
        throw AxiomsException.keySetUnavailable("The issuer cannot be reached", null);
      }
      return resolved;
    }
  }

  /** Tries discovery once if the URL is not known yet; never throws. */
  synchronized void prepare() {
    if (resolved == null) {
      discover();
    }
  }

  private void discover() {
    IssuerDiscovery.Outcome outcome = discovery.attempt();
    if (outcome.keySetUrl != null) {
      LOG.log(
          Level.INFO, "Key set is {0}, from the issuer''s discovery document", outcome.keySetUrl);
      resolved = outcome.keySetUrl;
    } else if (outcome.transientFailure) {
      nextAttemptMillis = clock.millis() + retryMillis;
      LOG.log(
          Level.WARNING,
          "Issuer discovery failed ({0}); retrying after {1}",
          outcome.explanation,
          Durations.format(Duration.ofMillis(retryMillis)));
    } else {
      LOG.log(
          outcome.suspicious ? Level.WARNING : Level.INFO,
          "Issuer discovery document not used ({0}); key set is {1}",
          outcome.explanation,
          fallback);
      resolved = fallback;
    }
  }
}
