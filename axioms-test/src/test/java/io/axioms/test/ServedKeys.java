package io.axioms.test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Set;

/** Verifies tokens the way a resource server would: against the key set the issuer serves. */
final class ServedKeys {

  private ServedKeys() {}

  /** Fetches the issuer's key set over HTTP and verifies an {@code at+jwt} token with it. */
  static JWTClaimsSet verify(LocalIssuer issuer, String token) throws Exception {
    JWKSet served = JWKSet.parse(HttpProbe.get(issuer.jwksUrl()).body());
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), new ImmutableJWKSet<>(served)));
    return processor.process(token, null);
  }
}
