package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantExtractorTest {

  private static List<ClaimPath> paths(String... names) {
    List<ClaimPath> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(ClaimPath.parse("AXIOMS_TEST_CLAIMS", name));
    }
    return paths;
  }

  private static GrantExtractor roles(String... names) {
    return new GrantExtractor(paths("scope"), paths(names), paths("permissions"));
  }

  private static GrantExtractor scopes(String... names) {
    return new GrantExtractor(paths(names), paths("roles"), paths("permissions"));
  }

  @Test
  void scopesFromSpaceDelimitedString() {
    assertEquals(
        Set.of("openid", "read:orders"),
        scopes("scope").scopes(Map.of("scope", "openid  read:orders ")));
  }

  @Test
  void scopesFromArray() {
    assertEquals(
        Set.of("Orders.Read", "User.Read"),
        scopes("scp").scopes(Map.of("scp", List.of("Orders.Read", "User.Read"))));
  }

  @Test
  void rolesAndPermissionsFromArrays() {
    GrantExtractor extractor = new GrantExtractor(paths("scope"), paths("roles"), paths("perms"));
    Map<String, Object> claims =
        Map.of("roles", List.of("admin", "editor"), "perms", List.of("orders:read"));
    assertEquals(Set.of("admin", "editor"), extractor.roles(claims));
    assertEquals(Set.of("orders:read"), extractor.permissions(claims));
  }

  @Test
  void roleStringIsOneValueNotSplit() {
    assertEquals(Set.of("admin editor"), roles("roles").roles(Map.of("roles", "admin editor")));
  }

  @Test
  void nonStringArrayElementsAreIgnored() {
    assertEquals(
        Set.of("admin"),
        roles("roles").roles(Map.of("roles", Arrays.asList("admin", 7L, Map.of(), true))));
  }

  @Test
  void firstPresentClaimWins() {
    GrantExtractor extractor = roles("cognito:groups", "roles");
    assertEquals(
        Set.of("group-a"),
        extractor.roles(Map.of("cognito:groups", List.of("group-a"), "roles", List.of("r"))));
    assertEquals(Set.of("r"), extractor.roles(Map.of("roles", List.of("r"))));
  }

  @Test
  void firstPresentClaimWinsEvenWhenItGrantsNothing() {
    GrantExtractor extractor = roles("groups", "roles");
    assertEquals(Set.of(), extractor.roles(Map.of("groups", List.of(), "roles", List.of("admin"))));
  }

  @Test
  void namespacedUrlClaimNameIsVerbatim() {
    assertEquals(
        Set.of("admin"),
        roles("https://example.com/roles")
            .roles(Map.of("https://example.com/roles", List.of("admin"))));
  }

  @Test
  void dottedNameIsVerbatimAndDoesNotTraverse() {
    GrantExtractor extractor = roles("realm_access.roles");
    assertEquals(
        Set.of(), extractor.roles(Map.of("realm_access", Map.of("roles", List.of("admin")))));
    assertEquals(
        Set.of("dotted"), extractor.roles(Map.of("realm_access.roles", List.of("dotted"))));
  }

  @Test
  void jsonPointerReachesNestedClaims() {
    assertEquals(
        Set.of("admin"),
        roles("/realm_access/roles")
            .roles(Map.of("realm_access", Map.of("roles", List.of("admin")))));
  }

  @Test
  void jsonPointerEscapesSlashAndTilde() {
    Map<String, Object> claims =
        Map.of("resource_access", Map.of("https://api/x~y", Map.of("roles", List.of("reader"))));
    assertEquals(
        Set.of("reader"), roles("/resource_access/https:~1~1api~1x~0y/roles").roles(claims));
  }

  @Test
  void jsonPointerThroughNonObjectFindsNothing() {
    assertEquals(
        Set.of(), roles("/realm_access/roles").roles(Map.of("realm_access", List.of("admin"))));
  }

  @Test
  void absentClaimsGrantNothing() {
    assertEquals(Set.of(), scopes("scope").scopes(Map.of()));
    assertEquals(Set.of(), scopes("scope").scopes(Map.of("scope", 5L)));
  }
}
