package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.FailureReason;
import io.axioms.test.EndpointOverride;
import io.axioms.test.LocalIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults of the issuer's key-set endpoint, served by a {@link LocalIssuer} the test controls, with
 * short timings so that every wait is bounded and brief. The documented bounds checked here:
 *
 * <ul>
 *   <li>a key set is fetched once however many requests arrive cold;
 *   <li>cached keys keep working through an outage for {@code AXIOMS_JWKS_OUTAGE_TOLERANCE} after
 *       the last good fetch, then requests get 503;
 *   <li>with no keys, a fault is a 503 answered within the connect and read timeouts;
 *   <li>unknown {@code kid}s refetch at most twice per {@code AXIOMS_JWKS_RATE_LIMIT}, so a new key
 *       is accepted within that bound and a removed key is refused within {@code
 *       AXIOMS_JWKS_CACHE_TTL};
 *   <li>redirects are not followed, and a fetch ends after the connect plus the read timeout in
 *       total, however slowly the key set arrives.
 * </ul>
 */
class KeySetFaultTest {

  private static final Duration BOUND = Duration.ofSeconds(15);

  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : started) {
      closeable.close();
    }
  }

  private ProtectedApi api(UnaryOperator<AxiomsConfig.Builder> more) {
    ProtectedApi api = ProtectedApi.start(builder -> more.apply(shortTimings(builder)));
    started.add(api);
    return api;
  }

  private static AxiomsConfig.Builder shortTimings(AxiomsConfig.Builder builder) {
    return builder
        .set("AXIOMS_JWKS_CACHE_TTL", "30s")
        .set("AXIOMS_JWKS_REFRESH_AHEAD", "0s")
        .set("AXIOMS_JWKS_RATE_LIMIT", "1s")
        .set("AXIOMS_JWKS_OUTAGE_TOLERANCE", "1h")
        .set("AXIOMS_JWKS_CONNECT_TIMEOUT", "500ms")
        .set("AXIOMS_JWKS_READ_TIMEOUT", "500ms")
        .set("AXIOMS_JWKS_FETCH_DEADLINE", "1s")
        .set("AXIOMS_JWKS_SIZE_LIMIT", "16384");
  }

  private static int fetches(ProtectedApi api) {
    return api.issuer.jwksEndpoint().requestCount();
  }

  private static AxiomsException unavailable(ProtectedApi api, String token) {
    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> api.validator().validate("Bearer " + token));
    assertEquals(FailureReason.KEY_SET_UNAVAILABLE, failure.reason(), failure.description());
    assertEquals(503, failure.status());
    return failure;
  }

  static Stream<Named<EndpointOverride>> brokenKeySets() {
    return Stream.of(
        Named.of("500", EndpointOverride.status(500)),
        Named.of(
            "502 with an HTML page",
            EndpointOverride.status(502)
                .withContentType("text/html")
                .withBody("<html><body>Bad gateway</body></html>")),
        Named.of("404", EndpointOverride.status(404)),
        Named.of(
            "200 with an HTML page",
            EndpointOverride.json("<!doctype html><title>Login</title>")
                .withContentType("text/html")),
        Named.of("truncated JSON", EndpointOverride.json("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"")),
        Named.of("empty object", EndpointOverride.json("{}")),
        Named.of("keys not an array", EndpointOverride.json("{\"keys\":\"none\"}")),
        Named.of("a JSON array", EndpointOverride.json("[]")),
        Named.of("empty body", EndpointOverride.json("")),
        Named.of(
            "body over the size limit",
            EndpointOverride.json("{\"keys\":[],\"pad\":\"" + "A".repeat(100_000) + "\"}")),
        Named.of(
            "a hang longer than the read timeout",
            EndpointOverride.json("{\"keys\":[]}").withDelay(Duration.ofSeconds(30))));
  }

  @Test
  void coldStartUnderConcurrencyFetchesOnce() throws Exception {
    ProtectedApi api = api(builder -> builder);
    String keySet = KeySets.document(KeySets.publicKeys(api.issuer));
    api.issuer
        .jwksEndpoint()
        .override(EndpointOverride.json(keySet).withDelay(Duration.ofMillis(300)));
    String token = api.forge.valid();
    int callers = 16;
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(
            pool.submit(
                () -> {
                  gate.await();
                  return api.accept(token);
                }));
      }
      gate.countDown();
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, fetches(api), "cold start fetched the key set more than once");
  }

  @ParameterizedTest(name = "no keys yet, key set answers {0}: 503")
  @MethodSource("brokenKeySets")
  void brokenKeySetWithoutCachedKeysIsUnavailable(EndpointOverride fault) {
    ProtectedApi api = api(builder -> builder);
    api.issuer.jwksEndpoint().override(fault);
    String token = api.forge.valid();

    assertTimeoutPreemptively(BOUND, () -> unavailable(api, token));
  }

  @ParameterizedTest(name = "keys cached, key set then answers {0}: still accepted")
  @MethodSource("brokenKeySets")
  void brokenKeySetAfterCachingKeepsCachedKeys(EndpointOverride fault) {
    ProtectedApi api =
        api(
            builder ->
                builder.set("AXIOMS_JWKS_CACHE_TTL", "1s").set("AXIOMS_JWKS_RATE_LIMIT", "0s"));
    String token = api.forge.valid();
    api.accept(token);
    api.issuer.jwksEndpoint().override(fault);

    Eventually.within(
        BOUND,
        "a refetch after the cache expired",
        () -> {
          api.accept(token);
          return fetches(api) >= 2;
        });
    api.accept(token);
  }

  @Test
  void outageOutlastingTheToleranceBecomesUnavailable() {
    ProtectedApi api =
        api(
            builder ->
                builder
                    .set("AXIOMS_JWKS_CACHE_TTL", "1s")
                    .set("AXIOMS_JWKS_RATE_LIMIT", "0s")
                    .set("AXIOMS_JWKS_OUTAGE_TOLERANCE", "2s"));
    String token = api.forge.valid();
    api.accept(token);
    api.issuer.jwksEndpoint().override(EndpointOverride.status(503));

    Eventually.within(
        BOUND,
        "503 once the outage tolerance ran out",
        () -> {
          try {
            api.validator().validate("Bearer " + token);
            return false;
          } catch (AxiomsException failure) {
            assertEquals(
                FailureReason.KEY_SET_UNAVAILABLE, failure.reason(), failure.description());
            return true;
          }
        });
  }

  @Test
  void unreachableKeySetIsUnavailable() {
    ProtectedApi api = api(builder -> builder);
    String token = api.forge.valid();
    api.issuer.close();

    assertTimeoutPreemptively(BOUND, () -> unavailable(api, token));
  }

  @Test
  void keySetRedirectIsNotFollowed() {
    ProtectedApi api = api(builder -> builder);
    LocalIssuer attacker = LocalIssuer.start();
    started.add(attacker);
    api.issuer
        .jwksEndpoint()
        .override(EndpointOverride.status(302).withHeader("Location", attacker.jwksUrl()));
    String forged = new TokenForge(attacker, ProtectedApi.EXPECTED_ISSUER).valid();

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> api.validator().validate("Bearer " + forged));

    assertEquals(FailureReason.KEY_SET_UNAVAILABLE, failure.reason(), failure.description());
    assertEquals(0, attacker.jwksEndpoint().requestCount(), "the redirect was followed");
  }

  @Test
  void slowTrickleIsCutOffByATotalDeadline() {
    ProtectedApi api = api(builder -> builder);
    String keySet = KeySets.document(KeySets.publicKeys(api.issuer));
    api.issuer
        .jwksEndpoint()
        .override(EndpointOverride.json(keySet).withTrickle(1, Duration.ofMillis(200)));
    String token = api.forge.valid();

    AxiomsException failure =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    AxiomsException.class, () -> api.validator().validate("Bearer " + token)));

    assertEquals(FailureReason.KEY_SET_UNAVAILABLE, failure.reason(), failure.description());
  }

  @Test
  void unknownKidStormIsBoundedAndARealRotationIsAcceptedAfterIt() {
    ProtectedApi api = api(builder -> builder);
    String valid = api.forge.valid();
    long start = System.nanoTime();
    api.accept(valid);

    for (int i = 0; i < 200; i++) {
      Map<String, Object> header = TokenForge.header("RS256", "storm-" + UUID.randomUUID());
      api.reject(api.forge.rs256(header, api.forge.claims()));
      api.accept(valid);
    }

    // Nimbus's rate limiter opens a window of AXIOMS_JWKS_RATE_LIMIT (1 s here) at a fetch and
    // allows two fetches in it, the first fetch of all included.
    long windows = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;
    assertTrue(
        fetches(api) <= 2 * windows,
        "unknown kids caused " + fetches(api) + " fetches in " + windows + " rate-limit windows");
    api.issuer.rotateKeys();
    String rotated = api.forge.valid();
    Eventually.within(BOUND, "the rotated key accepted", () -> accepts(api, rotated));
  }

  @Test
  void keyRemovedFromTheSetIsRefusedWithinTheCacheLifetime() throws JOSEException {
    ProtectedApi api =
        api(
            builder ->
                builder.set("AXIOMS_JWKS_CACHE_TTL", "2s").set("AXIOMS_JWKS_RATE_LIMIT", "500ms"));
    RSAKey extra = rsaKey("extra-key", KeyUse.SIGNATURE);
    api.issuer.publishExtraKeys(extra.toPublicJWK());
    String byExtra = signedBy(api, extra);
    api.accept(byExtra);

    api.issuer.clearExtraKeys();

    Eventually.within(BOUND, "the removed key refused", () -> !accepts(api, byExtra));
    api.accept(api.forge.valid());
  }

  static Stream<Named<String>> malformedEntries() {
    return Stream.of(
        Named.of("an RSA key without e", "{\"kty\":\"RSA\",\"kid\":\"bad-rsa\",\"n\":\"AQAB\"}"),
        Named.of(
            "an EC point off the curve",
            "{\"kty\":\"EC\",\"kid\":\"bad-ec\",\"crv\":\"P-256\","
                + "\"x\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                + "\"y\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE\"}"),
        Named.of("a key without kty", "{\"kid\":\"no-type\",\"n\":\"AQAB\",\"e\":\"AQAB\"}"),
        Named.of("a string", "\"not a key\""),
        Named.of("null", "null"),
        Named.of("an unknown key type", "{\"kty\":\"XYZ\",\"kid\":\"odd\"}"),
        Named.of(
            "an RSA key with a non-base64url modulus",
            "{\"kty\":\"RSA\",\"kid\":\"bad-n\",\"n\":\"!!!\",\"e\":\"AQAB\"}"));
  }

  @ParameterizedTest(name = "key set holding {0} among the good keys: good keys work")
  @MethodSource("malformedEntries")
  void malformedKeyAmongGoodOnesLeavesTheGoodOnesWorking(String entry) {
    ProtectedApi api = api(builder -> builder);
    api.issuer
        .jwksEndpoint()
        .override(EndpointOverride.json(KeySets.withRawEntryFirst(api.issuer, entry)));

    api.accept(api.forge.valid());
    api.accept(api.forge.validEs256());
  }

  static Stream<Named<UnfitKey>> unfitKeys() throws JOSEException {
    RSAKey privateKey = rsaKey("published-private", KeyUse.SIGNATURE);
    RSAKey encryption = rsaKey("use-enc", KeyUse.ENCRYPTION);
    RSAKey oaep =
        new RSAKeyGenerator(2048)
            .keyID("alg-oaep")
            .algorithm(com.nimbusds.jose.JWEAlgorithm.RSA_OAEP_256)
            .generate();
    RSAKey encryptOnly =
        new RSAKeyGenerator(2048)
            .keyID("ops-encrypt")
            .keyOperations(java.util.Set.of(com.nimbusds.jose.jwk.KeyOperation.ENCRYPT))
            .generate();
    return Stream.of(
        Named.of("a published private key", new UnfitKey(privateKey, privateKey)),
        Named.of("a key with use enc", new UnfitKey(encryption.toPublicJWK(), encryption)),
        Named.of("a key with alg RSA-OAEP-256", new UnfitKey(oaep.toPublicJWK(), oaep)),
        Named.of(
            "a key with key_ops encrypt", new UnfitKey(encryptOnly.toPublicJWK(), encryptOnly)));
  }

  /** A key the issuer publishes, and the private key that signs the test token for it. */
  static final class UnfitKey {
    final com.nimbusds.jose.jwk.JWK published;
    final RSAKey signer;

    UnfitKey(com.nimbusds.jose.jwk.JWK published, RSAKey signer) {
      this.published = published;
      this.signer = signer;
    }
  }

  @ParameterizedTest(name = "key set publishing {0}: never used")
  @MethodSource("unfitKeys")
  void keyNotFitForVerificationIsNeverUsed(UnfitKey key) {
    ProtectedApi api = api(builder -> builder);
    api.issuer.publishExtraKeys(key.published);

    api.reject(signedBy(api, key.signer));
    api.accept(api.forge.valid());
  }

  @Test
  void symmetricKeyInTheSetIsNeverUsed() {
    ProtectedApi api = api(builder -> builder);
    byte[] secret = new byte[32];
    api.issuer.publishExtraKeys(
        new com.nimbusds.jose.jwk.OctetSequenceKey.Builder(secret).keyID("oct-key").build());
    String claims = Jws.json(api.forge.claims());

    api.reject(
        Jws.compact(
            Jws.json(TokenForge.header("RS256", "oct-key")),
            claims,
            Jws.jca("SHA256withRSA", api.forge.rsaPrivate())));
    api.reject(
        Jws.compact(
            Jws.json(TokenForge.header("HS256", "oct-key")),
            claims,
            Jws.hmac("HmacSHA256", secret)));
  }

  private static RSAKey rsaKey(String kid, KeyUse use) throws JOSEException {
    return new RSAKeyGenerator(2048)
        .keyUse(use)
        .algorithm(JWSAlgorithm.RS256)
        .keyID(kid)
        .generate();
  }

  private static String signedBy(ProtectedApi api, RSAKey key) {
    return Jws.compact(
        Jws.json(TokenForge.header("RS256", key.getKeyID())),
        Jws.json(api.forge.claims()),
        Jws.jca("SHA256withRSA", TokenForge.privateKey(key)));
  }

  private static boolean accepts(ProtectedApi api, String token) {
    try {
      api.validator().validate("Bearer " + token);
      return true;
    } catch (AxiomsException refused) {
      return false;
    }
  }
}
