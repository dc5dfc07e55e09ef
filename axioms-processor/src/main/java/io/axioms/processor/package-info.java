/**
 * The Axioms annotation processor, which turns each {@code @Guarded} interface into a guard class
 * and a policy manifest.
 *
 * <p>{@link io.axioms.processor.AxiomsProcessor} drives the rounds. {@code PlacementValidator}
 * rejects annotations where no guard can enforce them; {@code InterfaceValidator} reads a
 * {@code @Guarded} interface into the immutable model ({@code GuardedInterface}, {@code
 * GuardedMethod}, {@code MethodPolicy}, {@code ClaimRequirement}), reporting each broken rule
 * through {@code Reporter}; every message's wording lives in {@code Message}. {@code GuardWriter}
 * renders the model with JavaPoet and {@code ManifestWriter} renders the JSON manifest. See {@code
 * docs/processor.md} for what users see.
 */
package io.axioms.processor;
