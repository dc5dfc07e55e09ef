package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.test.EndpointOverride;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Key-set retrieval: caching, refresh, rate limits, outages, logging. */
class KeySetBehaviourTest extends SharedIssuers {

  /** A cache that expires after one second, with no refresh-ahead or rate limit in the way. */
  private static final Map<String, String> SHORT_CACHE =
      Map.of(
          "AXIOMS_JWKS_CACHE_TTL", "1s",
          "AXIOMS_JWKS_REFRESH_AHEAD", "0",
          "AXIOMS_JWKS_RATE_LIMIT", "0");

  @Test
  void concurrentFirstRequestsCauseOneFetch() throws Exception {
    issuer
        .jwksEndpoint()
        .override(
            EndpointOverride.json(issuer.signingKeys().publicKeySet().toString())
                .withDelay(Duration.ofMillis(300)));
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      String token = issuer.token().sign();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<VerifiedAccessToken>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<VerifiedAccessToken> call =
            () -> {
              start.await();
              return validator.validate("Bearer " + token);
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      for (Future<VerifiedAccessToken> result : results) {
        assertEquals("local-user", result.get(20, TimeUnit.SECONDS).subject());
      }
      assertEquals(1, issuer.jwksEndpoint().requestCount());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keySetIsCachedAcrossRequests() {
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      for (int i = 0; i < 5; i++) {
        validator.validate("Bearer " + issuer.token().sign());
      }
      assertEquals(1, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void unreachableKeySetIs503() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Map<String, String> extra =
        Map.of("AXIOMS_JWKS_URL", "http://127.0.0.1:" + closedPort + "/jwks.json");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      assertUnavailable(validator, issuer.token().sign());
    }
  }

  @Test
  void errorStatusWithNothingCachedIs503() {
    for (int status : List.of(500, 404, 401)) {
      issuer.jwksEndpoint().override(EndpointOverride.status(status));
      try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
        assertUnavailable(validator, issuer.token().sign());
      }
    }
  }

  @Test
  void unparsableKeySetIs503() {
    issuer.jwksEndpoint().override(EndpointOverride.json("<html>sign in</html>"));
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      assertUnavailable(validator, issuer.token().sign());
    }
  }

  @Test
  void slowKeySetTimesOutAs503() {
    issuer.jwksEndpoint().override(EndpointOverride.status(200).withDelay(Duration.ofSeconds(5)));
    Map<String, String> extra = Map.of("AXIOMS_JWKS_READ_TIMEOUT", "300ms");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      assertUnavailable(validator, issuer.token().sign());
    }
  }

  @Test
  void oversizedKeySetIs503() {
    String big = "{\"keys\":[],\"padding\":\"" + "x".repeat(4096) + "\"}";
    issuer.jwksEndpoint().override(EndpointOverride.json(big));
    Map<String, String> extra = Map.of("AXIOMS_JWKS_SIZE_LIMIT", "2048");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      assertUnavailable(validator, issuer.token().sign());
    }
  }

  @Test
  void unknownKidRefetchesAtMostOncePerRateLimitPeriod() {
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      for (int i = 0; i < 10; i++) {
        String token = issuer.token().keyId("unknown-" + i).sign();
        assertRejected(Rejection.KEY_UNKNOWN, () -> validator.validate("Bearer " + token));
      }
      assertEquals(2, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void unknownKidDuringAnOutageIsStillA401() {
    Map<String, String> extra = Map.of("AXIOMS_JWKS_OUTAGE_TOLERANCE", "0");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      validator.validate("Bearer " + issuer.token().sign());
      issuer.jwksEndpoint().override(EndpointOverride.status(500));
      String token = issuer.token().keyId("made-up").sign();
      assertRejected(Rejection.KEY_UNKNOWN, () -> validator.validate("Bearer " + token));
      assertEquals(2, issuer.jwksEndpoint().requestCount());
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
    }
  }

  @Test
  void rotatedKeyIsFetchedOnFirstUse() {
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      validator.validate("Bearer " + issuer.token().sign());
      issuer.rotateKeys();
      assertEquals("local-user", validator.validate("Bearer " + issuer.token().sign()).subject());
      assertEquals(2, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void requestNearExpiryRefreshesInTheBackground() throws InterruptedException {
    Map<String, String> extra =
        Map.of(
            "AXIOMS_JWKS_CACHE_TTL", "4s",
            "AXIOMS_JWKS_REFRESH_AHEAD", "2500ms",
            "AXIOMS_JWKS_RATE_LIMIT", "0",
            "AXIOMS_JWKS_CONNECT_TIMEOUT", "200ms",
            "AXIOMS_JWKS_READ_TIMEOUT", "200ms",
            "AXIOMS_JWKS_FETCH_DEADLINE", "250ms");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      String token = issuer.token().sign();
      validator.validate("Bearer " + token);
      Thread.sleep(2000);
      validator.validate("Bearer " + token);
      for (int i = 0; i < 50 && issuer.jwksEndpoint().requestCount() < 2; i++) {
        Thread.sleep(100);
      }
      assertEquals(2, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void cachedKeysOutliveAnOutageWithinTheTolerance() throws InterruptedException {
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, SHORT_CACHE)) {
      String token = issuer.token().sign();
      validator.validate("Bearer " + token);
      issuer.jwksEndpoint().override(EndpointOverride.status(503));
      Thread.sleep(1200);
      assertEquals("local-user", validator.validate("Bearer " + token).subject());
      assertEquals(2, issuer.jwksEndpoint().requestCount());
    }
  }

  @Test
  void withoutOutageToleranceAnExpiredCacheIs503() throws InterruptedException {
    Map<String, String> extra = new java.util.HashMap<>(SHORT_CACHE);
    extra.put("AXIOMS_JWKS_OUTAGE_TOLERANCE", "0");
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      String token = issuer.token().sign();
      validator.validate("Bearer " + token);
      issuer.jwksEndpoint().override(EndpointOverride.status(503));
      Thread.sleep(1200);
      assertUnavailable(validator, token);
    }
  }

  @Test
  void fetchFailureIsLoggedOncePerFetchWithoutTheToken() {
    issuer.jwksEndpoint().override(EndpointOverride.status(500));
    try (CapturedLog log = new CapturedLog("io.axioms.runtime.keyset");
        JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      String token = issuer.token().sign();
      for (int i = 0; i < 6; i++) {
        assertUnavailable(validator, token);
      }
      List<String> warnings = log.warnings();
      assertEquals(issuer.jwksEndpoint().requestCount(), warnings.size(), warnings.toString());
      assertTrue(warnings.size() <= 2, warnings.toString());
      for (String warning : warnings) {
        assertTrue(warning.contains(issuer.jwksUrl()), warning);
        for (String segment : token.split("\\.")) {
          assertFalse(warning.contains(segment), warning);
        }
      }
    }
  }

  @Test
  void startUpLogsTheConfigurationOnce() {
    try (CapturedLog log = new CapturedLog("io.axioms.runtime");
        JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer)) {
      List<String> lines = log.messages();
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(lines.get(0).contains("audience=" + issuer.audience()), lines.get(0));
    }
  }
}
