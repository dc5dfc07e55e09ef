package io.axioms.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires a valid bearer access token: signature, expiry, audience and issuer are checked before
 * the call reaches the implementation.
 *
 * <p>On an interface it applies to every method. It must come before any {@link HasRequiredScopes},
 * {@link HasRequiredRoles} or {@link HasRequiredPermissions} on the same element, because the guard
 * checks in source order and the token is checked first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HasValidAccessToken {}
