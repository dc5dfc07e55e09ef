package io.axioms.runtime;

import java.util.List;

/**
 * What a guarded call requires of a verified access token: all of a list of {@link Requirement}s,
 * checked in order. Instances are immutable; generated guards build one per method, once, in a
 * static field.
 */
public final class AccessPolicy {

  private static final AccessPolicy TOKEN_ONLY = new AccessPolicy(List.of());

  private final Requirement[] requirements;

  private AccessPolicy(List<Requirement> requirements) {
    this.requirements = requirements.toArray(new Requirement[0]);
  }

  /**
   * Returns a policy that needs a valid token and every given requirement.
   *
   * @param requirements the requirements, checked in the order given; none means a valid token is
   *     enough
   * @return the policy
   * @throws NullPointerException if a requirement is {@code null}
   */
  public static AccessPolicy of(Requirement... requirements) {
    return requirements.length == 0 ? TOKEN_ONLY : new AccessPolicy(List.of(requirements));
  }

  /**
   * Returns the requirements, in checking order.
   *
   * @return an immutable list
   */
  public List<Requirement> requirements() {
    return List.of(requirements);
  }

  /**
   * Checks a verified token against every requirement, in order.
   *
   * @param token the verified token
   * @throws AxiomsException with status 403 naming the first requirement the token fails
   */
  public void check(VerifiedAccessToken token) {
    for (Requirement requirement : requirements) {
      if (!requirement.isSatisfiedBy(token)) {
        throw AxiomsException.insufficient(requirement);
      }
    }
  }

  @Override
  public String toString() {
    return "valid token and " + requirements();
  }
}
