package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxiomsConfigTest {

  private static final Map<String, String> MINIMAL =
      Map.of("AXIOMS_AUDIENCE", "orders-api", "AXIOMS_DOMAIN", "tenant.example.com");

  private static AxiomsConfig config(Map<String, String> values) {
    return AxiomsConfig.builder(List.of(ConfigSource.of(values))).build();
  }

  private static Map<String, String> minimalWith(String key, String value) {
    Map<String, String> values = new HashMap<>(MINIMAL);
    values.put(key, value);
    return values;
  }

  private static AxiomsConfigException error(Map<String, String> values) {
    return assertThrows(AxiomsConfigException.class, () -> config(values));
  }

  private static void assertErrorNames(String key, Map<String, String> values) {
    AxiomsConfigException e = error(values);
    assertEquals(key, e.key());
    assertTrue(e.getMessage().startsWith(key), e.getMessage());
  }

  @Test
  void missingAudienceStopsStartUp() {
    AxiomsConfigException e = error(Map.of("AXIOMS_DOMAIN", "tenant.example.com"));
    assertEquals("AXIOMS_AUDIENCE", e.key());
    assertTrue(e.getMessage().startsWith("AXIOMS_AUDIENCE is required"), e.getMessage());
  }

  @Test
  void blankAudienceCountsAsMissing() {
    assertErrorNames("AXIOMS_AUDIENCE", minimalWith("AXIOMS_AUDIENCE", "  "));
  }

  @Test
  void noIssuerAndNoKeySetStopsStartUp() {
    AxiomsConfigException e = error(Map.of("AXIOMS_AUDIENCE", "orders-api"));
    assertEquals("AXIOMS_ISS_URL", e.key());
    assertTrue(e.getMessage().contains("AXIOMS_DOMAIN"), e.getMessage());
    assertTrue(e.getMessage().contains("AXIOMS_JWKS_URL"), e.getMessage());
  }

  @Test
  void malformedIssuerUrlNamesItsKey() {
    assertErrorNames("AXIOMS_ISS_URL", minimalWith("AXIOMS_ISS_URL", "https://exa mple.com"));
  }

  @Test
  void malformedKeySetUrlNamesItsKey() {
    assertErrorNames("AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "::not a url"));
  }

  @Test
  void relativeUrlIsRefused() {
    assertErrorNames("AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "/jwks.json"));
  }

  @Test
  void otherSchemeIsRefused() {
    assertErrorNames("AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "file:///etc/jwks.json"));
  }

  @Test
  void plainHttpIssuerToRemoteHostIsRefused() {
    AxiomsConfigException e = error(minimalWith("AXIOMS_ISS_URL", "http://auth.example.com"));
    assertEquals("AXIOMS_ISS_URL", e.key());
    assertTrue(e.getMessage().contains("loopback"), e.getMessage());
  }

  @Test
  void plainHttpKeySetToRemoteHostIsRefused() {
    assertErrorNames(
        "AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "http://10.0.0.7/jwks.json"));
  }

  @Test
  void plainHttpToLoopbackIsAllowed() {
    for (String host : List.of("127.0.0.1:8080", "localhost", "[::1]:9000", "127.1.2.3")) {
      AxiomsConfig config = config(minimalWith("AXIOMS_JWKS_URL", "http://" + host + "/jwks"));
      assertEquals(URI.create("http://" + host + "/jwks"), config.keySetUrl().orElseThrow());
    }
  }

  @Test
  void loopbackLookalikeHostIsNotLoopback() {
    assertErrorNames(
        "AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "http://127.0.0.1.evil.example/jwks"));
  }

  @Test
  void urlWithUserInfoIsRefused() {
    assertErrorNames(
        "AXIOMS_JWKS_URL", minimalWith("AXIOMS_JWKS_URL", "https://user:pw@example.com/jwks"));
  }

  @Test
  void issuerWithQueryIsRefused() {
    assertErrorNames("AXIOMS_ISS_URL", minimalWith("AXIOMS_ISS_URL", "https://example.com/?a=b"));
  }

  @Test
  void domainWithSchemeOrPathIsRefused() {
    assertErrorNames("AXIOMS_DOMAIN", minimalWith("AXIOMS_DOMAIN", "https://tenant.example.com"));
    assertErrorNames("AXIOMS_DOMAIN", minimalWith("AXIOMS_DOMAIN", "tenant.example.com/oauth2"));
  }

  @Test
  void domainDerivesIssuerDiscoveryAndFallback() {
    AxiomsConfig config = config(MINIMAL);
    assertEquals(Optional.of("https://tenant.example.com"), config.issuer());
    assertEquals(Optional.empty(), config.keySetUrl());
    assertEquals(
        URI.create("https://tenant.example.com/.well-known/openid-configuration"),
        config.discoveryUrl().orElseThrow());
    assertEquals(
        URI.create("https://tenant.example.com/.well-known/jwks.json"),
        config.fallbackKeySetUrl().orElseThrow());
  }

  @Test
  void issuerUrlWinsOverDomainAndKeepsItsExactText() {
    AxiomsConfig config = config(minimalWith("AXIOMS_ISS_URL", "https://auth.example.com/t1/"));
    assertEquals(Optional.of("https://auth.example.com/t1/"), config.issuer());
    assertEquals(
        URI.create("https://auth.example.com/t1/.well-known/jwks.json"),
        config.fallbackKeySetUrl().orElseThrow());
  }

  @Test
  void explicitKeySetUrlDisablesDiscovery() {
    AxiomsConfig config = config(minimalWith("AXIOMS_JWKS_URL", "https://keys.example.com/k"));
    assertEquals(URI.create("https://keys.example.com/k"), config.keySetUrl().orElseThrow());
    assertEquals(Optional.empty(), config.discoveryUrl());
    assertEquals(Optional.of("https://tenant.example.com"), config.issuer());
  }

  @Test
  void keySetUrlAloneLeavesIssuerUnchecked() {
    AxiomsConfig config =
        config(Map.of("AXIOMS_AUDIENCE", "api", "AXIOMS_JWKS_URL", "https://keys.example.com/k"));
    assertEquals(Optional.empty(), config.issuer());
  }

  @Test
  void defaultsAreDocumentedOnes() {
    AxiomsConfig config = config(MINIMAL);
    assertEquals(List.of("aud"), config.audienceClaims());
    assertEquals(List.of("scope"), config.scopeClaims());
    assertEquals(List.of("roles"), config.roleClaims());
    assertEquals(List.of("permissions"), config.permissionClaims());
    assertEquals(ConfigKeys.SUPPORTED_ALGORITHMS, config.algorithms());
    assertEquals(List.of("JWT", "at+jwt", "application/at+jwt"), config.tokenTypes());
    assertEquals(Duration.ofSeconds(30), config.leeway());
    assertEquals(8192, config.maxTokenSize());
    KeySetSettings keySet = config.keySetSettings();
    assertEquals(Duration.ofMinutes(5), keySet.cacheTimeToLive());
    assertEquals(Duration.ofSeconds(30), keySet.refreshAhead());
    assertEquals(Duration.ofSeconds(10), keySet.rateLimit());
    assertEquals(Duration.ofHours(1), keySet.outageTolerance());
    assertEquals(Duration.ofSeconds(2), keySet.connectTimeout());
    assertEquals(Duration.ofSeconds(2), keySet.readTimeout());
    assertEquals(Duration.ofSeconds(5), keySet.fetchDeadline());
    assertEquals(102400, keySet.sizeLimit());
    assertEquals(Duration.ofSeconds(8), keySet.refreshTimeout());
  }

  @Test
  void claimListsAreCommaSeparatedAndVerbatim() {
    Map<String, String> values =
        minimalWith("AXIOMS_ROLES_CLAIMS", "https://example.com/roles, cognito:groups");
    assertEquals(
        List.of("https://example.com/roles", "cognito:groups"), config(values).roleClaims());
  }

  @Test
  void audienceClaimsAreReadInOrder() {
    AxiomsConfig config = config(minimalWith("AXIOMS_AUDIENCE_CLAIMS", "aud, client_id"));
    assertEquals(List.of("aud", "client_id"), config.audienceClaims());
    assertEquals(
        List.of("aud", "client_id"),
        config.audiencePaths().stream().map(ClaimPath::toString).toList());
  }

  @Test
  void builderSetsAudienceClaims() {
    AxiomsConfig config =
        AxiomsConfig.builder(List.of(ConfigSource.of(MINIMAL)))
            .audienceClaims("aud", "client_id")
            .build();
    assertEquals(List.of("aud", "client_id"), config.audienceClaims());
    assertTrue(config.toString().contains("audience claims=aud,client_id"), config.toString());
  }

  @Test
  void blankAudienceClaimsMeanTheDefault() {
    AxiomsConfig config = config(minimalWith("AXIOMS_AUDIENCE_CLAIMS", "  "));
    assertEquals(List.of("aud"), config.audienceClaims());
  }

  @Test
  void badAudienceClaimsNameTheirKey() {
    for (String value : List.of(",", "aud,,client_id", "aud,", "/a/b~2")) {
      assertErrorNames("AXIOMS_AUDIENCE_CLAIMS", minimalWith("AXIOMS_AUDIENCE_CLAIMS", value));
    }
  }

  @Test
  void emptyClaimListEntryNamesItsKey() {
    assertErrorNames("AXIOMS_SCOPE_CLAIMS", minimalWith("AXIOMS_SCOPE_CLAIMS", "scope,,scp"));
  }

  @Test
  void badJsonPointerEscapeNamesItsKey() {
    assertErrorNames(
        "AXIOMS_ROLES_CLAIMS", minimalWith("AXIOMS_ROLES_CLAIMS", "/realm_access/ro~2les"));
  }

  @Test
  void symmetricOrUnknownAlgorithmIsRefused() {
    for (String algorithms : List.of("HS256", "none", "RS256,EdDSA", "rs256")) {
      AxiomsConfigException e = error(minimalWith("AXIOMS_ALGORITHMS", algorithms));
      assertEquals("AXIOMS_ALGORITHMS", e.key(), algorithms);
    }
  }

  @Test
  void algorithmSubsetIsAccepted() {
    assertEquals(
        List.of("ES256", "RS256"),
        config(minimalWith("AXIOMS_ALGORITHMS", "ES256,RS256")).algorithms());
  }

  @Test
  void badDurationNamesItsKey() {
    assertErrorNames("AXIOMS_LEEWAY", minimalWith("AXIOMS_LEEWAY", "thirty"));
    assertErrorNames("AXIOMS_JWKS_CACHE_TTL", minimalWith("AXIOMS_JWKS_CACHE_TTL", "5 minutes"));
  }

  @Test
  void leewayAboveFiveMinutesIsRefused() {
    assertErrorNames("AXIOMS_LEEWAY", minimalWith("AXIOMS_LEEWAY", "6m"));
  }

  @Test
  void durationUnitsAreRead() {
    assertEquals(Duration.ofMillis(1500), config(minimalWith("AXIOMS_LEEWAY", "1500ms")).leeway());
    assertEquals(Duration.ofSeconds(45), config(minimalWith("AXIOMS_LEEWAY", "45")).leeway());
    assertEquals(Duration.ofMinutes(2), config(minimalWith("AXIOMS_LEEWAY", "2m")).leeway());
  }

  @Test
  void badMaxTokenSizeNamesItsKey() {
    assertErrorNames("AXIOMS_MAX_TOKEN_SIZE", minimalWith("AXIOMS_MAX_TOKEN_SIZE", "8k"));
    assertErrorNames("AXIOMS_MAX_TOKEN_SIZE", minimalWith("AXIOMS_MAX_TOKEN_SIZE", "10"));
  }

  @Test
  void badTimeoutAndSizeLimitNameTheirKeys() {
    assertErrorNames(
        "AXIOMS_JWKS_CONNECT_TIMEOUT", minimalWith("AXIOMS_JWKS_CONNECT_TIMEOUT", "0"));
    assertErrorNames("AXIOMS_JWKS_READ_TIMEOUT", minimalWith("AXIOMS_JWKS_READ_TIMEOUT", "2h"));
    assertErrorNames("AXIOMS_JWKS_SIZE_LIMIT", minimalWith("AXIOMS_JWKS_SIZE_LIMIT", "-1"));
    assertErrorNames(
        "AXIOMS_JWKS_FETCH_DEADLINE", minimalWith("AXIOMS_JWKS_FETCH_DEADLINE", "50ms"));
    assertErrorNames(
        "AXIOMS_JWKS_FETCH_DEADLINE", minimalWith("AXIOMS_JWKS_FETCH_DEADLINE", "10m"));
    assertErrorNames(
        "AXIOMS_JWKS_OUTAGE_TOLERANCE", minimalWith("AXIOMS_JWKS_OUTAGE_TOLERANCE", "30d"));
  }

  @Test
  void fetchDeadlineMustCoverTheConnectTimeout() {
    Map<String, String> values = minimalWith("AXIOMS_JWKS_CONNECT_TIMEOUT", "3s");
    values.put("AXIOMS_JWKS_FETCH_DEADLINE", "2s");
    assertErrorNames("AXIOMS_JWKS_FETCH_DEADLINE", values);
    values.put("AXIOMS_JWKS_FETCH_DEADLINE", "3s");
    assertEquals(Duration.ofSeconds(3), config(values).keySetSettings().fetchDeadline());
  }

  @Test
  void rateLimitMustBeShorterThanCacheTimeToLive() {
    Map<String, String> values = minimalWith("AXIOMS_JWKS_CACHE_TTL", "10s");
    values.put("AXIOMS_JWKS_RATE_LIMIT", "10s");
    values.put("AXIOMS_JWKS_REFRESH_AHEAD", "0");
    assertErrorNames("AXIOMS_JWKS_RATE_LIMIT", values);
  }

  @Test
  void refreshAheadMustLeaveRoomInCacheTimeToLive() {
    Map<String, String> values = minimalWith("AXIOMS_JWKS_CACHE_TTL", "30s");
    values.put("AXIOMS_JWKS_RATE_LIMIT", "5s");
    values.put("AXIOMS_JWKS_REFRESH_AHEAD", "26s");
    assertErrorNames("AXIOMS_JWKS_REFRESH_AHEAD", values);
  }

  @Test
  void builderValuesWinOverEverySource() {
    AxiomsConfig config =
        AxiomsConfig.builder(List.of(ConfigSource.of(MINIMAL)))
            .audience("from-builder")
            .leeway(Duration.ofSeconds(5))
            .build();
    assertEquals("from-builder", config.audience());
    assertEquals(Duration.ofSeconds(5), config.leeway());
  }

  @Test
  void earlierSourcesWinOverLaterOnes() {
    ConfigSource systemProperties = ConfigSource.of(Map.of("AXIOMS_AUDIENCE", "from-properties"));
    ConfigSource environment =
        ConfigSource.of(Map.of("AXIOMS_AUDIENCE", "from-env", "AXIOMS_LEEWAY", "7s"));
    ConfigSource dotEnv =
        ConfigSource.of(
            Map.of(
                "AXIOMS_AUDIENCE", "from-dotenv",
                "AXIOMS_LEEWAY", "9s",
                "AXIOMS_DOMAIN", "tenant.example.com"));
    AxiomsConfig config =
        AxiomsConfig.builder(List.of(systemProperties, environment, dotEnv)).build();
    assertEquals("from-properties", config.audience());
    assertEquals(Duration.ofSeconds(7), config.leeway());
    assertEquals(Optional.of("https://tenant.example.com"), config.issuer());
  }

  @Test
  void loadReadsSystemProperties() {
    System.setProperty("AXIOMS_AUDIENCE", "from-system-property");
    System.setProperty("AXIOMS_DOMAIN", "sysprop.example.com");
    try {
      AxiomsConfig config = AxiomsConfig.load();
      assertEquals("from-system-property", config.audience());
      assertEquals(Optional.of("https://sysprop.example.com"), config.issuer());
    } finally {
      System.clearProperty("AXIOMS_AUDIENCE");
      System.clearProperty("AXIOMS_DOMAIN");
    }
  }

  @Test
  void blankValueInHigherSourceDoesNotHideLowerOne() {
    ConfigSource environment = ConfigSource.of(Map.of("AXIOMS_AUDIENCE", ""));
    AxiomsConfig config =
        AxiomsConfig.builder(List.of(environment, ConfigSource.of(MINIMAL))).build();
    assertEquals("orders-api", config.audience());
  }

  @Test
  void unknownBuilderKeyIsRefused() {
    AxiomsConfigException e =
        assertThrows(
            AxiomsConfigException.class,
            () -> AxiomsConfig.builder(List.of()).set("AXIOMS_AUDIENCES", "x"));
    assertEquals("AXIOMS_AUDIENCES", e.key());
  }

  @Test
  void dotEnvFileIsRead(@TempDir Path directory) throws Exception {
    Path file = directory.resolve(".env");
    Files.write(
        file,
        List.of(
            "# comment",
            "OTHER_APP_SETTING",
            "export AXIOMS_AUDIENCE=\"orders api\"",
            "AXIOMS_DOMAIN=tenant.example.com # trailing comment",
            "AXIOMS_LEEWAY='12s'"),
        StandardCharsets.UTF_8);
    AxiomsConfig config = AxiomsConfig.builder(List.of(DotEnvFile.read(file))).build();
    assertEquals("orders api", config.audience());
    assertEquals(Optional.of("https://tenant.example.com"), config.issuer());
    assertEquals(Duration.ofSeconds(12), config.leeway());
  }

  @Test
  void missingDotEnvFileIsEmpty(@TempDir Path directory) {
    assertEquals(null, DotEnvFile.read(directory.resolve(".env")).get("AXIOMS_AUDIENCE"));
  }

  @Test
  void summaryNamesTheChosenValues() {
    String summary = config(MINIMAL).toString();
    assertTrue(summary.contains("audience=orders-api"), summary);
    assertTrue(summary.contains("discovered from https://tenant.example.com/"), summary);
    assertFalse(summary.contains("null"), summary);
  }
}
