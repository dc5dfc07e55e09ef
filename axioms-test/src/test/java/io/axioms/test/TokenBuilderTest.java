package io.axioms.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBuilderTest extends SharedIssuer {

  @Test
  void defaultTokenIsAnRs256AccessTokenThatVerifiesAgainstTheServedKeys() throws Exception {
    String token = issuer.token().sign();
    SignedJWT parsed = SignedJWT.parse(token);

    JWTClaimsSet claims = ServedKeys.verify(issuer, token);

    assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
    assertEquals(issuer.signingKeys().rsa().getKeyID(), parsed.getHeader().getKeyID());
    assertEquals(new JOSEObjectType("at+jwt"), parsed.getHeader().getType());
    assertEquals(issuer.issuerUrl(), claims.getIssuer());
    assertEquals(List.of(LocalIssuer.DEFAULT_AUDIENCE), claims.getAudience());
    assertEquals("local-user", claims.getSubject());
    assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
    assertTrue(claims.getJWTID() != null);
  }

  @Test
  void es256TokenIsSignedByTheEcKey() throws Exception {
    String token = issuer.token().algorithm(JWSAlgorithm.ES256).sign();

    ServedKeys.verify(issuer, token);

    assertEquals(
        issuer.signingKeys().ec().getKeyID(), SignedJWT.parse(token).getHeader().getKeyID());
  }

  @Test
  void carriesRequestedAuthorizationClaims() throws Exception {
    String token =
        issuer
            .token()
            .subject("alice")
            .audience("orders", "billing")
            .scopes("openid", "profile")
            .roles("admin")
            .permissions("sample:read", "sample:create")
            .claim("cognito:groups", List.of("editors"))
            .sign();

    JWTClaimsSet claims = ServedKeys.verify(issuer, token);

    assertEquals("alice", claims.getSubject());
    assertEquals(List.of("orders", "billing"), claims.getAudience());
    assertEquals("openid profile", claims.getStringClaim("scope"));
    assertEquals(List.of("admin"), claims.getStringListClaim("roles"));
    assertEquals(List.of("sample:read", "sample:create"), claims.getStringListClaim("permissions"));
    assertEquals(List.of("editors"), claims.getStringListClaim("cognito:groups"));
  }

  @Test
  void negativeLifetimeMakesAnExpiredToken() throws Exception {
    String token = issuer.token().expiresIn(Duration.ofMinutes(-5)).sign();

    assertThrows(BadJOSEException.class, () -> ServedKeys.verify(issuer, token));
    assertTrue(
        SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().before(new java.util.Date()));
  }

  @Test
  void claimsAndHeadersCanBeLeftOut() throws Exception {
    String token =
        issuer.token().subject(null).expiresIn(null).issuedAt(null).keyId(null).type(null).sign();
    SignedJWT parsed = SignedJWT.parse(token);

    assertNull(parsed.getHeader().getKeyID());
    assertNull(parsed.getHeader().getType());
    assertNull(parsed.getJWTClaimsSet().getSubject());
    assertNull(parsed.getJWTClaimsSet().getExpirationTime());
    assertNull(parsed.getJWTClaimsSet().getIssueTime());
  }

  @Test
  void registeredClaimsAreNotTypeChecked() throws Exception {
    String token = issuer.token().claim("exp", "soon").sign();

    assertEquals("soon", SignedJWT.parse(token).getPayload().toJSONObject().get("exp"));
  }

  @Test
  void strangerKeySignsUnderItsOwnKeyIdAndFailsVerification() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();

    String foreign = issuer.token().signWith(stranger).sign();
    String impostor =
        issuer.token().signWith(stranger).keyId(issuer.signingKeys().rsa().getKeyID()).sign();

    assertEquals("stranger", SignedJWT.parse(foreign).getHeader().getKeyID());
    assertThrows(BadJOSEException.class, () -> ServedKeys.verify(issuer, foreign));
    assertThrows(BadJOSEException.class, () -> ServedKeys.verify(issuer, impostor));
  }

  @Test
  void customHeaderIsSentButRegisteredNamesAreRefused() throws Exception {
    String token = issuer.token().header("x-test", "yes").sign();

    assertEquals("yes", SignedJWT.parse(token).getHeader().getCustomParam("x-test"));
    assertThrows(IllegalArgumentException.class, () -> issuer.token().header("alg", "none"));
  }

  @Test
  void algorithmWithoutAnIssuerKeyIsRefused() {
    TokenBuilder builder = issuer.token().algorithm(JWSAlgorithm.HS256);

    assertThrows(IllegalArgumentException.class, builder::sign);
  }
}
