/**
 * The Axioms runtime: validates bearer access tokens and checks their scopes, roles and
 * permissions. Generated guards call {@link io.axioms.runtime.AccessTokenValidator#authorize};
 * failures are {@link io.axioms.runtime.AxiomsException}s.
 */
package io.axioms.runtime;
