package io.axioms.samples;

/** Obtains real access tokens from the issuer a running sample trusts. */
@FunctionalInterface
public interface TokenSource {

  /**
   * Returns a signed access token for the sample's audience that grants exactly this.
   *
   * @param grant the scopes, roles and permissions to carry
   * @return the compact JWS
   * @throws Exception if the issuer cannot be reached or refuses
   */
  String token(Grant grant) throws Exception;
}
