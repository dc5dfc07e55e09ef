package io.axioms.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * A method the guard overrides.
 *
 * @param element the interface method
 * @param bearerParameter the name of the {@code @BearerToken} parameter, or {@code null} for an
 *     open method without one
 * @param policy what a call must satisfy
 * @param signature the method's name and parameter types, as the manifest writes it
 */
record GuardedMethod(
    ExecutableElement element, String bearerParameter, MethodPolicy policy, String signature) {}
