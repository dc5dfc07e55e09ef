package io.axioms.conformance;

import static io.axioms.runtime.Requirement.anyPermission;
import static io.axioms.runtime.Requirement.anyRole;
import static io.axioms.runtime.Requirement.anyScope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.axioms.runtime.AccessPolicy;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.VerifiedAccessToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid tokens at the edge of what a policy requires: each refused case is one change away from an
 * accepted one, and is a 403 {@code insufficient_scope}, never a 2xx, a 401 or a 5xx. Scopes read
 * from {@code scope} then {@code scp}; roles and permissions from their default claims.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationBoundaryTest {

  private static final AccessPolicy READ_SCOPE = AccessPolicy.of(anyScope("read:resource"));
  private static final AccessPolicy ADMIN_ROLE = AccessPolicy.of(anyRole("admin"));
  private static final AccessPolicy READ_PERMISSION =
      AccessPolicy.of(anyPermission("resource:read"));
  private static final AccessPolicy STRICT =
      AccessPolicy.of(anyScope("read:resource"), anyScope("write:resource"));
  private static final AccessPolicy ADMIN_OR_SUPERUSER =
      AccessPolicy.of(anyRole("admin", "superuser"));
  private static final AccessPolicy ADMIN_AND_SUPERUSER =
      AccessPolicy.of(anyRole("admin"), anyRole("superuser"));
  private static final AccessPolicy ADVANCED =
      AccessPolicy.of(
          anyScope("openid", "profile"),
          anyRole("editor"),
          anyPermission("resource:read", "resource:write"));

  private ProtectedApi api;

  @BeforeAll
  void start() {
    api = ProtectedApi.start(settings -> settings.scopeClaims("scope", "scp"));
  }

  @AfterAll
  void stop() {
    api.close();
  }

  Stream<Arguments> refusedGrants() {
    List<Arguments> cases = new ArrayList<>();
    near(cases, READ_SCOPE, "scope", "read:resource");
    near(cases, ADMIN_ROLE, "roles", "admin");
    near(cases, READ_PERMISSION, "permissions", "resource:read");
    wrongTypes(cases, READ_SCOPE, "scope", "read:resource");
    wrongTypes(cases, ADMIN_ROLE, "roles", "admin");
    wrongTypes(cases, READ_PERMISSION, "permissions", "resource:read");
    empties(cases, READ_SCOPE, "scope");
    empties(cases, ADMIN_ROLE, "roles");
    empties(cases, READ_PERMISSION, "permissions");
    cases.add(
        grantCase(
            "scope of a wrong type shadows a good scp",
            READ_SCOPE,
            grants("scope", 5, "scp", "read:resource")));
    cases.add(
        grantCase("AND of scopes, only the first held", STRICT, grants("scope", "read:resource")));
    cases.add(
        grantCase(
            "AND of scopes, only the second held", STRICT, grants("scope", "write:resource")));
    cases.add(
        grantCase(
            "AND of roles, only admin", ADMIN_AND_SUPERUSER, grants("roles", List.of("admin"))));
    cases.add(
        grantCase(
            "OR of roles, neither held", ADMIN_OR_SUPERUSER, grants("roles", List.of("editor"))));
    cases.add(
        grantCase("advanced, no scope", ADVANCED, advanced("email", "editor", "resource:read")));
    cases.add(
        grantCase("advanced, no role", ADVANCED, advanced("openid", "viewer", "resource:read")));
    cases.add(
        grantCase(
            "advanced, no permission", ADVANCED, advanced("profile", "editor", "resource:list")));
    return cases.stream();
  }

  Stream<Arguments> acceptedGrants() {
    return Stream.of(
        grantCase("exact scope", READ_SCOPE, grants("scope", "read:resource")),
        grantCase("scope among others", READ_SCOPE, grants("scope", "openid read:resource email")),
        grantCase("scope with extra spaces", READ_SCOPE, grants("scope", "  read:resource  ")),
        grantCase("scope as an array", READ_SCOPE, grants("scope", List.of("read:resource"))),
        grantCase("scp when scope is absent", READ_SCOPE, grants("scp", "read:resource")),
        grantCase("exact role", ADMIN_ROLE, grants("roles", List.of("admin"))),
        grantCase("role as a single string", ADMIN_ROLE, grants("roles", "admin")),
        grantCase(
            "exact permission", READ_PERMISSION, grants("permissions", List.of("resource:read"))),
        grantCase(
            "AND of scopes, both held", STRICT, grants("scope", "write:resource read:resource")),
        grantCase(
            "OR of roles, the second held",
            ADMIN_OR_SUPERUSER,
            grants("roles", List.of("superuser"))),
        grantCase(
            "AND of roles, both held",
            ADMIN_AND_SUPERUSER,
            grants("roles", List.of("superuser", "admin"))),
        grantCase("advanced, all held", ADVANCED, advanced("profile", "editor", "resource:write")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedGrants")
  void grantOutsideThePolicyIsForbidden(Map<String, Object> grants, AccessPolicy policy) {
    AxiomsException failure = api.forbid(token(grants), policy);

    assertEquals(403, failure.status());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedGrants")
  void grantMatchingThePolicyIsAllowed(Map<String, Object> grants, AccessPolicy policy) {
    VerifiedAccessToken token = api.validator().authorize("Bearer " + token(grants), policy);

    assertEquals(TokenForge.SUBJECT, token.subject());
  }

  @Test
  void failedScopeRequirementNamesTheRequiredScopes() {
    AxiomsException failure = api.forbid(token(grants("scope", "openid")), STRICT);

    assertEquals(List.of("read:resource"), failure.requiredScopes());
  }

  private String token(Map<String, Object> grants) {
    Map<String, Object> claims = api.forge.claims();
    claims.remove("scope");
    claims.remove("roles");
    claims.remove("permissions");
    claims.putAll(grants);
    return api.forge.rs256(api.forge.headerFor("RS256"), claims);
  }

  private static void near(List<Arguments> cases, AccessPolicy policy, String claim, String value) {
    Map<String, String> misses = new LinkedHashMap<>();
    misses.put("case-different", value.toUpperCase(java.util.Locale.ROOT));
    misses.put(
        "first letter upper-cased", Character.toUpperCase(value.charAt(0)) + value.substring(1));
    misses.put("prefix", value.substring(0, value.length() - 1));
    if (value.contains(":")) {
      misses.put("prefix up to the colon", value.substring(0, value.indexOf(':') + 1));
    }
    misses.put("superstring suffix", value + "s");
    misses.put("superstring with a colon", value + ":all");
    misses.put("superstring prefix", "x" + value);
    misses.put("comma-joined with another", "openid," + value);
    misses.put("with a trailing tab", value + "\t");
    misses.put("with a no-break space", "\u00a0" + value);
    misses.put(
        "with a Cyrillic homoglyph", value.replaceFirst("e", "\u0435").replaceFirst("a", "\u0430"));
    misses.put("with a NUL", value + "\u0000");
    for (Map.Entry<String, String> miss : misses.entrySet()) {
      Object grant = claim.equals("scope") ? miss.getValue() : List.of(miss.getValue());
      cases.add(grantCase(claim + " " + miss.getKey(), policy, grants(claim, grant)));
    }
  }

  private static void wrongTypes(
      List<Arguments> cases, AccessPolicy policy, String claim, String value) {
    Map<String, Object> types = new LinkedHashMap<>();
    types.put("a number", 1);
    types.put("a boolean", true);
    types.put("an object keyed by the value", Map.of(value, true));
    types.put("an object holding the value", Map.of(claim, value));
    types.put("a nested array", List.of(List.of(value)));
    types.put("an array of numbers", List.of(1, 2));
    types.put("an array of objects", List.of(Map.of("value", value)));
    for (Map.Entry<String, Object> type : types.entrySet()) {
      cases.add(grantCase(claim + " as " + type.getKey(), policy, grants(claim, type.getValue())));
    }
  }

  private static void empties(List<Arguments> cases, AccessPolicy policy, String claim) {
    cases.add(grantCase(claim + " empty string", policy, grants(claim, "")));
    cases.add(grantCase(claim + " only spaces", policy, grants(claim, "   ")));
    cases.add(grantCase(claim + " empty array", policy, grants(claim, List.of())));
    cases.add(grantCase(claim + " array of an empty string", policy, grants(claim, List.of(""))));
    cases.add(grantCase(claim + " absent", policy, grants()));
  }

  private static Map<String, Object> advanced(String scope, String role, String permission) {
    return grants("scope", scope, "roles", List.of(role), "permissions", List.of(permission));
  }

  private static Map<String, Object> grants(Object... namesAndValues) {
    Map<String, Object> grants = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      grants.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return grants;
  }

  private static Arguments grantCase(String name, AccessPolicy policy, Map<String, Object> grants) {
    return Arguments.of(Named.of(name, grants), policy);
  }
}
