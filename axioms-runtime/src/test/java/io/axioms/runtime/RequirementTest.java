package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementTest {

  private static final VerifiedAccessToken TOKEN =
      VerifiedAccessToken.builder()
          .expiresAt(Instant.EPOCH)
          .scopes(Set.of("openid", "read:resource"))
          .roles(Set.of("editor"))
          .permissions(Set.of("resource:read"))
          .build();

  @Test
  void anyOfOneValueSatisfies() {
    assertTrue(Requirement.anyScope("profile", "openid").isSatisfiedBy(TOKEN));
    assertTrue(Requirement.anyRole("admin", "editor").isSatisfiedBy(TOKEN));
    assertTrue(Requirement.anyPermission("resource:read").isSatisfiedBy(TOKEN));
  }

  @Test
  void noneOfTheValuesFails() {
    assertFalse(Requirement.anyScope("profile").isSatisfiedBy(TOKEN));
    assertFalse(Requirement.anyRole("admin", "superuser").isSatisfiedBy(TOKEN));
  }

  @Test
  void matchingIsExactAndCaseSensitive() {
    assertFalse(Requirement.anyScope("OpenID").isSatisfiedBy(TOKEN));
    assertFalse(Requirement.anyScope("read").isSatisfiedBy(TOKEN));
    assertFalse(Requirement.anyRole("edit").isSatisfiedBy(TOKEN));
  }

  @Test
  void kindsDoNotMix() {
    assertFalse(Requirement.anyRole("openid").isSatisfiedBy(TOKEN));
    assertFalse(Requirement.anyPermission("editor").isSatisfiedBy(TOKEN));
  }

  @Test
  void policyNeedsEveryRequirementAndReportsTheFirstThatFails() {
    Requirement scope = Requirement.anyScope("openid");
    Requirement role = Requirement.anyRole("admin");
    Requirement permission = Requirement.anyPermission("resource:write");
    AxiomsException e =
        assertThrows(
            AxiomsException.class, () -> AccessPolicy.of(scope, role, permission).check(TOKEN));
    assertEquals(403, e.status());
    assertSame(role, e.failedRequirement());
    assertEquals("Access token lacks a required role", e.description());
    assertEquals(List.of(), e.requiredScopes());
  }

  @Test
  void failedScopeRequirementNamesTheScopes() {
    Requirement scope = Requirement.anyScope("write:resource", "admin:resource");
    AxiomsException e =
        assertThrows(AxiomsException.class, () -> AccessPolicy.of(scope).check(TOKEN));
    assertEquals(List.of("write:resource", "admin:resource"), e.requiredScopes());
  }

  @Test
  void policyOfSatisfiedRequirementsPasses() {
    AccessPolicy both =
        AccessPolicy.of(Requirement.anyScope("openid"), Requirement.anyRole("editor"));
    assertDoesNotThrow(() -> both.check(TOKEN));
    assertDoesNotThrow(() -> AccessPolicy.of().check(TOKEN));
  }
}
