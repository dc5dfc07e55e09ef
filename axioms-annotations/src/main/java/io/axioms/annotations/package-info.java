/**
 * Annotations that declare who may call a handler method.
 *
 * <p>Put {@link io.axioms.annotations.Guarded} on a handler interface, give every method a policy
 * ({@link io.axioms.annotations.HasValidAccessToken} with optional scope, role and permission
 * requirements, or {@link io.axioms.annotations.Public}), and mark the parameter that carries the
 * {@code Authorization} header with {@link io.axioms.annotations.BearerToken}. The Axioms
 * annotation processor then generates {@code Guarded<Interface>}, a delegate that enforces the
 * policy before it calls the real implementation, and rejects misuse at compile time.
 *
 * <p>This module has no dependencies.
 */
package io.axioms.annotations;
