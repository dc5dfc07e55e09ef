package io.axioms.processor;

import java.util.List;

/**
 * What a guarded method demands of a call: nothing when it is {@code @Public}, otherwise a valid
 * token and every requirement, in checking order (the interface's first, then the method's).
 *
 * @param open whether the method is {@code @Public}
 * @param requirements the claim requirements, empty for an open method
 */
record MethodPolicy(boolean open, List<ClaimRequirement> requirements) {

  MethodPolicy {
    requirements = List.copyOf(requirements);
  }

  /** Returns the policy of a {@code @Public} method. */
  static MethodPolicy openPolicy() {
    return new MethodPolicy(true, List.of());
  }
}
