package io.axioms.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the Axioms processor to generate a guarded delegate for this interface.
 *
 * <p>The generated class is named {@code Guarded} followed by the interface's simple name (for a
 * nested interface, the enclosing names joined by {@code _}), lives in the same package, is {@code
 * final}, implements the interface and is public exactly when the interface is. Every abstract
 * method of the interface must declare a policy: {@link HasValidAccessToken} (on the method or the
 * interface) or {@link Public}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Guarded {}
