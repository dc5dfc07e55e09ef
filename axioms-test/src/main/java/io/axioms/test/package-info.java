/** A local OIDC issuer and token minting for tests and the samples. */
package io.axioms.test;
