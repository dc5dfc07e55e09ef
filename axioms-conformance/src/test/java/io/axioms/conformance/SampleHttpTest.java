package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.axioms.runtime.FailureReason;
import io.axioms.test.EndpointOverride;
import io.axioms.test.LocalIssuer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token attacks, the policy boundaries and the key-set outage over HTTP, against the sample API
 * running in its own process: every refusal is a 401, 403 or 503 with an RFC 6750 challenge and a
 * JSON body, never a 2xx or a 5xx other than 503. Two {@code Authorization} headers (finding F8 of
 * FINDINGS.md) are tested in {@link FindingsRegressionTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleHttpTest {

  private static final int LARGEST_HEADER_SENT = 64 * 1024;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LocalIssuer issuer;
  private TokenForge forge;
  private AttackKit kit;
  private AttackerCertificate certificate;
  private SampleProcess sample;

  @BeforeAll
  void start(@TempDir Path directory) throws IOException {
    issuer = LocalIssuer.start();
    forge = new TokenForge(issuer, ProtectedApi.EXPECTED_ISSUER);
    kit = AttackKit.around(issuer, forge);
    certificate = AttackerCertificate.generate(directory);
    sample = SampleProcess.start(settings(issuer), directory);
  }

  @AfterAll
  void stop() throws InterruptedException {
    sample.close();
    kit.close();
    issuer.close();
  }

  static Map<String, String> settings(LocalIssuer issuer) {
    return Map.of(
        "AXIOMS_AUDIENCE",
        issuer.audience(),
        "AXIOMS_ISS_URL",
        ProtectedApi.EXPECTED_ISSUER,
        "AXIOMS_JWKS_URL",
        issuer.jwksUrl(),
        "AXIOMS_ALGORITHMS",
        "RS256,ES256",
        "AXIOMS_JWKS_CONNECT_TIMEOUT",
        "500ms",
        "AXIOMS_JWKS_READ_TIMEOUT",
        "500ms");
  }

  Stream<Named<String>> tokenAttacks() {
    return Stream.of(
            SignatureAttacks.all(kit),
            HeaderAttacks.all(kit, certificate),
            EncodingAttacks.all(forge),
            ClaimAttacks.all(forge))
        .flatMap(attacks -> attacks)
        .filter(attack -> sendable(attack.getPayload()));
  }

  /**
   * Returns the malformed headers an HTTP client can send, less the one the JDK's HTTP server
   * repairs before the sample sees it: the server turns every tab in a field value into a space, so
   * {@code Bearer<TAB>token} arrives as a well-formed {@code Bearer token}. The validator refuses
   * the tab itself (AuthorizationHeaderTest); a tab inside the token still arrives as a space that
   * splits it, and is refused.
   */
  Stream<Named<AuthorizationHeaderTest.HeaderCase>> sendableMalformedHeaders() {
    String token = forge.valid();
    return AuthorizationHeaderTest.malformedHeaders()
        .filter(malformed -> sendableHeader(malformed.getPayload().header.apply(token)))
        .filter(malformed -> !malformed.getPayload().header.apply(token).startsWith("Bearer\t"));
  }

  /** Returns whether an HTTP client can send the value as a header at all. */
  private static boolean sendableHeader(String value) {
    return !value.isBlank()
        && value.length() <= LARGEST_HEADER_SENT
        && value.chars().allMatch(c -> (c >= 0x20 && c < 0x7f) || c == '\t');
  }

  /** Returns whether an HTTP client can send the token in a header at all. */
  private static boolean sendable(String token) {
    return token.length() <= LARGEST_HEADER_SENT
        && token.chars().allMatch(c -> c >= 0x21 && c < 0x7f);
  }

  @Test
  void publicRouteNeedsNoToken() throws Exception {
    HttpResponse<String> response = get("/public", null);

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void missingTokenIsA401ChallengeWithoutErrorCode() throws Exception {
    HttpResponse<String> response = get("/private", null);

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("Bearer realm=\"" + ProtectedApi.EXPECTED_ISSUER + "\"", challenge(response));
  }

  @Test
  void validTokenIsServed() throws Exception {
    HttpResponse<String> response = get("/private", "Bearer " + forge.valid());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "message") != null,
        response.body());
  }

  @Test
  void lowerCaseHeaderNameAndSchemeAreAccepted() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(sample.uri("/private"))
            .header("authorization", "bearer " + forge.valid())
            .build();

    assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @ParameterizedTest(name = "over HTTP: {0}")
  @MethodSource("tokenAttacks")
  void tokenAttackIsA401InvalidToken(String token) throws Exception {
    HttpResponse<String> response = get("/private", "Bearer " + token);

    assertRefused(response, 401, "invalid_token");
  }

  @ParameterizedTest(name = "over HTTP: {0}")
  @MethodSource("sendableMalformedHeaders")
  void malformedHeaderIsA401(AuthorizationHeaderTest.HeaderCase malformed) throws Exception {
    HttpResponse<String> response = get("/private", malformed.header.apply(forge.valid()));

    if (malformed.reason == FailureReason.MISSING_CREDENTIAL) {
      assertEquals(401, response.statusCode(), response.body());
      assertEquals("Bearer realm=\"" + ProtectedApi.EXPECTED_ISSUER + "\"", challenge(response));
    } else {
      assertRefused(response, 401, "invalid_token");
    }
  }

  @Test
  void oversizedHeaderIsRefusedWithoutA5xx() throws Exception {
    HttpResponse<String> response = get("/private", "Bearer " + "A".repeat(LARGEST_HEADER_SENT));

    assertRefused(response, 401, "invalid_token");
  }

  @Test
  void missingScopeIsA403NamingTheScopes() throws Exception {
    Map<String, Object> claims = forge.claims();
    claims.put("scope", "read:resource");
    String token = forge.rs256(forge.headerFor("RS256"), claims);

    HttpResponse<String> response = get("/api/strict", "Bearer " + token);

    assertRefused(response, 403, "insufficient_scope");
    assertTrue(challenge(response).contains("scope=\""), challenge(response));
  }

  @Test
  void caseDifferentRoleIsA403() throws Exception {
    Map<String, Object> claims = forge.claims();
    claims.put("roles", List.of("Admin", "SUPERUSER"));
    String token = forge.rs256(forge.headerFor("RS256"), claims);

    HttpResponse<String> response = get("/admin/users", "Bearer " + token);

    assertRefused(response, 403, "insufficient_scope");
  }

  @Test
  void keySetOutageBeforeAnyFetchIsA503(@TempDir Path directory) throws Exception {
    try (LocalIssuer down = LocalIssuer.start()) {
      down.jwksEndpoint().override(EndpointOverride.status(503));
      String token = new TokenForge(down, ProtectedApi.EXPECTED_ISSUER).valid();
      try (SampleProcess cold = SampleProcess.start(settings(down), directory)) {
        HttpRequest request =
            HttpRequest.newBuilder(cold.uri("/private"))
                .header("Authorization", "Bearer " + token)
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("temporarily_unavailable", error(response));
      }
    }
  }

  private HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(sample.uri(path)).timeout(Duration.ofSeconds(20));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefused(HttpResponse<String> response, int status, String error)
      throws ParseException {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        challenge(response).startsWith("Bearer realm=\"" + ProtectedApi.EXPECTED_ISSUER + "\""),
        challenge(response));
    assertTrue(challenge(response).contains("error=\"" + error + "\""), challenge(response));
    assertEquals(error, error(response));
  }

  private static String challenge(HttpResponse<String> response) {
    return response.headers().firstValue("WWW-Authenticate").orElse("");
  }

  private static String error(HttpResponse<String> response) throws ParseException {
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "not JSON: " + response.headers().map());
    return JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "error");
  }
}
