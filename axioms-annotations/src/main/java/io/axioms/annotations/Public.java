package io.axioms.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link Guarded} interface as deliberately open: no token is needed and the
 * guard calls the implementation directly. It cannot be combined with a token or claim requirement
 * on the same method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Public {}
