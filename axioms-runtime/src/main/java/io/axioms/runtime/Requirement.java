package io.axioms.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One authorization requirement: the token must carry at least one of a set of values of one {@link
 * ClaimKind}. Instances are immutable and meant to be built once and shared.
 */
public final class Requirement {

  private final ClaimKind kind;
  private final List<String> values;
  private final String[] accepted;

  private Requirement(ClaimKind kind, String... values) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.values = List.of(values);
    if (this.values.isEmpty()) {
      throw new IllegalArgumentException("a requirement needs at least one value");
    }
    this.accepted = this.values.toArray(new String[0]);
  }

  /**
   * Returns a requirement satisfied by any one of the given scopes.
   *
   * @param scopes the accepted scopes
   * @return the requirement
   * @throws IllegalArgumentException if no scope is given
   * @throws NullPointerException if a scope is {@code null}
   */
  public static Requirement anyScope(String... scopes) {
    return new Requirement(ClaimKind.SCOPE, scopes);
  }

  /**
   * Returns a requirement satisfied by any one of the given roles.
   *
   * @param roles the accepted roles
   * @return the requirement
   * @throws IllegalArgumentException if no role is given
   * @throws NullPointerException if a role is {@code null}
   */
  public static Requirement anyRole(String... roles) {
    return new Requirement(ClaimKind.ROLE, roles);
  }

  /**
   * Returns a requirement satisfied by any one of the given permissions.
   *
   * @param permissions the accepted permissions
   * @return the requirement
   * @throws IllegalArgumentException if no permission is given
   * @throws NullPointerException if a permission is {@code null}
   */
  public static Requirement anyPermission(String... permissions) {
    return new Requirement(ClaimKind.PERMISSION, permissions);
  }

  /**
   * Returns the kind of claim this requirement tests.
   *
   * @return the claim kind
   */
  public ClaimKind kind() {
    return kind;
  }

  /**
   * Returns the accepted values, in declaration order.
   *
   * @return an immutable, non-empty list
   */
  public List<String> values() {
    return values;
  }

  /**
   * Returns whether the token carries at least one accepted value. Comparison is exact and
   * case-sensitive.
   *
   * @param token the verified token
   * @return {@code true} when satisfied
   */
  public boolean isSatisfiedBy(VerifiedAccessToken token) {
    Set<String> granted = token.values(kind);
    for (String value : accepted) {
      if (granted.contains(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Requirement
        && ((Requirement) other).kind == kind
        && ((Requirement) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + values.hashCode();
  }

  @Override
  public String toString() {
    return "any " + kind.noun() + " of " + Arrays.toString(values.toArray());
  }
}
