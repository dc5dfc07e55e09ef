package io.axioms.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code String} parameter that carries the credential: the raw value of the HTTP {@code
 * Authorization} header (for example {@code "Bearer eyJ..."}), or {@code null} when the request had
 * none. Every guarded method has exactly one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface BearerToken {}
