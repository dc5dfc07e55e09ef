package io.axioms.runtime;

/** The kinds of authorization claim that a {@link Requirement} can test. */
public enum ClaimKind {
  /** OAuth2 scopes, read from {@code AXIOMS_SCOPE_CLAIMS} (default {@code scope}). */
  SCOPE("scope"),
  /** Roles, read from {@code AXIOMS_ROLES_CLAIMS} (default {@code roles}). */
  ROLE("role"),
  /** Permissions, read from {@code AXIOMS_PERMISSIONS_CLAIMS} (default {@code permissions}). */
  PERMISSION("permission");

  private final String noun;

  ClaimKind(String noun) {
    this.noun = noun;
  }

  /**
   * Returns the singular English noun for this kind, used in error descriptions.
   *
   * @return {@code "scope"}, {@code "role"} or {@code "permission"}
   */
  public String noun() {
    return noun;
  }
}
