package io.axioms.processor;

import java.util.List;

/**
 * One requirement of a guarded method: the token carries at least one of the values of a claim.
 *
 * @param claim the claim tested
 * @param values the accepted values, in source order, never empty
 */
record ClaimRequirement(Claim claim, List<String> values) {

  ClaimRequirement {
    values = List.copyOf(values);
  }
}
