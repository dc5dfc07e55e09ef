package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.axioms.runtime.AxiomsConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * Regression tests for the findings F6 to F8 of FINDINGS.md, each of which the suite caught getting
 * through before the runtime or the samples were fixed: an ID token presented as an access token,
 * {@code b64: false} without {@code crit}, and two {@code Authorization} headers.
 */
class FindingsRegressionTest {

  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : started) {
      closeable.close();
    }
  }

  private ProtectedApi api() {
    ProtectedApi api = ProtectedApi.start(FindingsRegressionTest::shortTimings);
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

  static Stream<Named<Map<String, Object>>> idTokenClaims() {
    long now = Instant.now().getEpochSecond();
    return Stream.of(
        Named.of(
            "an OIDC ID token with at_hash",
            Map.of(
                "at_hash",
                "77QmUPtjPfzWtF2AnpK9RQ",
                "nonce",
                "n-0S6_WzA2Mj",
                "auth_time",
                now - 60)),
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
