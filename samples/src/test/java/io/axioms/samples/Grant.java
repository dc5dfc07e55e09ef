package io.axioms.samples;

import java.util.List;

/** What a token grants: its scopes, roles and permissions. */
public final class Grant {

  final List<String> scopes;
  final List<String> roles;
  final List<String> permissions;

  private Grant(List<String> scopes, List<String> roles, List<String> permissions) {
    this.scopes = scopes;
    this.roles = roles;
    this.permissions = permissions;
  }

  static Grant none() {
    return new Grant(List.of(), List.of(), List.of());
  }

  Grant scopes(String... values) {
    return new Grant(List.of(values), roles, permissions);
  }

  Grant roles(String... values) {
    return new Grant(scopes, List.of(values), permissions);
  }

  Grant permissions(String... values) {
    return new Grant(scopes, roles, List.of(values));
  }

  /**
   * Returns the scopes.
   *
   * @return the scopes, possibly empty
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Returns the roles.
   *
   * @return the roles, possibly empty
   */
  public List<String> roles() {
    return roles;
  }

  /**
   * Returns the permissions.
   *
   * @return the permissions, possibly empty
   */
  public List<String> permissions() {
    return permissions;
  }

  @Override
  public String toString() {
    return "scopes " + scopes + ", roles " + roles + ", permissions " + permissions;
  }
}
