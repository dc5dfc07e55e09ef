/**
 * The Axioms runtime: validates bearer access tokens and checks their scopes, roles and
 * permissions.
 *
 * <p>Start with {@link io.axioms.runtime.AxiomsConfig#load()} and {@link
 * io.axioms.runtime.JwtAccessTokenValidator#create}. Generated guards call {@link
 * io.axioms.runtime.AccessTokenValidator#authorize} with an {@link io.axioms.runtime.AccessPolicy};
 * failures are {@link io.axioms.runtime.AxiomsException}s, which {@link
 * io.axioms.runtime.ErrorResponse} turns into a status, a {@code WWW-Authenticate} challenge and a
 * JSON body. The handler reads the verified token of its call from {@link
 * io.axioms.runtime.AccessTokenContext}.
 */
package io.axioms.runtime;
