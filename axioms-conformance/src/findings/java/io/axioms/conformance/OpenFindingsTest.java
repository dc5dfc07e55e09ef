package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks and faults the runtime does not withstand yet, one test per finding in FINDINGS.md. They
 * fail until the runtime is fixed, so they are compiled and run only with {@code -Pfindings}:
 *
 * <pre>
 * mvn -B -ntp -pl axioms-conformance -am verify -Pfindings -Dtest=OpenFindingsTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Once a fix lands, move its test into the group's class (named in each method's comment).
 */
class OpenFindingsTest {

  private static final Duration BOUND = Duration.ofSeconds(15);

  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : started) {
      closeable.close();
    }
  }

  private ProtectedApi api() {
    ProtectedApi api = ProtectedApi.start(OpenFindingsTest::shortTimings);
    started.add(api);
    return api;
  }

  private static AxiomsConfig.Builder shortTimings(AxiomsConfig.Builder builder) {
    return builder
        .set("AXIOMS_JWKS_REFRESH_AHEAD", "0s")
        .set("AXIOMS_JWKS_RATE_LIMIT", "1s")
        .set("AXIOMS_JWKS_CONNECT_TIMEOUT", "500ms")
        .set("AXIOMS_JWKS_READ_TIMEOUT", "500ms");
  }

  /** F1, for KeySetFaultTest: a redirect from the key-set URL is not followed. */
  @Test
  void keySetRedirectIsNotFollowed() {
    ProtectedApi api = api();
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

  /** F2, for KeySetFaultTest: a key set that trickles in is cut off by a total deadline. */
  @Test
  void slowTrickleIsCutOffByATotalDeadline() {
    ProtectedApi api = api();
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
        Named.of("null", "null"));
  }

  /** F3, for KeySetFaultTest: one malformed key does not take the good keys down with it. */
  @ParameterizedTest(name = "key set holding {0} among the good keys: good keys work")
  @MethodSource("malformedEntries")
  void malformedKeyAmongGoodOnesLeavesTheGoodOnesWorking(String entry) {
    ProtectedApi api = api();
    api.issuer
        .jwksEndpoint()
        .override(EndpointOverride.json(KeySets.withRawEntryFirst(api.issuer, entry)));

    api.accept(api.forge.valid());
    api.accept(api.forge.validEs256());
  }

  /** F4, for KeySetFaultTest: a private key published in the key set is never used. */
  @Test
  void publishedPrivateKeyIsNeverUsed() throws JOSEException {
    ProtectedApi api = api();
    RSAKey leaked =
        new RSAKeyGenerator(2048)
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.RS256)
            .keyID("published-private")
            .generate();
    api.issuer.publishExtraKeys(leaked);

    api.reject(
        Jws.compact(
            Jws.json(TokenForge.header("RS256", leaked.getKeyID())),
            Jws.json(api.forge.claims()),
            Jws.jca("SHA256withRSA", TokenForge.privateKey(leaked))));
    api.accept(api.forge.valid());
  }

  static Stream<Named<Map<String, Object>>> idTokenClaims() {
    long now = Instant.now().getEpochSecond();
    return Stream.of(
        Named.of("an OIDC ID token with at_hash", Map.of("at_hash", "77QmUPtjPfzWtF2AnpK9RQ",
            "nonce", "n-0S6_WzA2Mj", "auth_time", now - 60)),
        Named.of("an OIDC ID token with c_hash", Map.of("c_hash", "LDktKdoQak3Pk0cnXxCltA")),
        Named.of("a Cognito ID token (token_use id)", Map.of("token_use", "id")),
        Named.of("a Keycloak ID token (typ ID)", Map.of("typ", "ID")));
  }

  /** F6, for TokenAttackTest (ClaimAttacks): an ID token is not an access token. */
  @ParameterizedTest(name = "{0} presented as an access token")
  @MethodSource("idTokenClaims")
  void idTokenIsNotAnAccessToken(Map<String, Object> idTokenClaims) {
    ProtectedApi api = api();
    Map<String, Object> claims = api.forge.claims();
    claims.putAll(idTokenClaims);
    Map<String, Object> header = api.forge.headerFor("RS256");
    header.put("typ", "JWT");

    api.reject(api.forge.rs256(header, claims));
  }

  /** F9, for DiscoveryFaultTest: a redirect from the discovery URL is not followed. */
  @Test
  void discoveryRedirectIsNotFollowed() {
    ProtectedApi api = ProtectedApi.discovering(DiscoveryFaultTest::shortTimings);
    started.add(api);
    LocalIssuer attacker = LocalIssuer.start();
    started.add(attacker);
    String realIssuer = api.issuer.issuerUrl();
    attacker
        .discoveryEndpoint()
        .override(
            EndpointOverride.json(DiscoveryFaultTest.document(realIssuer, attacker.jwksUrl())));
    api.issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.status(302).withHeader("Location", attacker.discoveryUrl()));

    api.reject(new TokenForge(attacker, realIssuer).valid());

    assertEquals(0, attacker.discoveryEndpoint().requestCount(), "the redirect was followed");
    assertEquals(0, attacker.jwksEndpoint().requestCount(), "the foreign key set was fetched");
  }

  /** F10, for DiscoveryFaultTest: a discovery document that trickles in is cut off in time. */
  @Test
  void discoveryTrickleIsCutOffByATotalDeadline() {
    ProtectedApi api = ProtectedApi.discovering(DiscoveryFaultTest::shortTimings);
    started.add(api);
    String document =
        DiscoveryFaultTest.document(api.issuer.issuerUrl(), api.issuer.jwksUrl())
            .replace("}", ",\"pad\":\"" + " ".repeat(200) + "\"}");
    api.issuer
        .discoveryEndpoint()
        .override(EndpointOverride.json(document).withTrickle(1, Duration.ofMillis(200)));
    String token = api.forge.valid();

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            api.validator().validate("Bearer " + token);
          } catch (AxiomsException refused) {
            assertEquals(FailureReason.KEY_SET_UNAVAILABLE, refused.reason());
          }
        });
  }

  /** F8, for SampleHttpTest: two {@code Authorization} headers are refused, not the first used. */
  @Test
  void twoAuthorizationHeadersAreRefused(@TempDir Path directory) throws Exception {
    ProtectedApi api = api();
    SampleProcess sample = SampleProcess.start(SampleHttpTest.settings(api.issuer), directory);
    started.add(sample);
    HttpRequest request =
        HttpRequest.newBuilder(sample.uri("/private"))
            .header("Authorization", "Bearer " + api.forge.valid())
            .header("Authorization", "Bearer not-a-token")
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode(), response.body());
  }

  /** F7, for TokenAttackTest (HeaderAttacks): {@code b64} is refused even without {@code crit}. */
  @Test
  void b64FalseWithoutCritIsRefused() {
    ProtectedApi api = api();
    Map<String, Object> header = api.forge.headerFor("RS256");
    header.put("b64", false);

    api.reject(api.forge.rs256(header, api.forge.claims()));
  }
}
