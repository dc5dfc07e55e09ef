package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertMissingCredential;
import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.axioms.test.LocalIssuer;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole validation path, against a real key set served over HTTP on loopback. */
class JwtAccessTokenValidatorTest extends SharedIssuers {

  private JwtAccessTokenValidator validator;

  @BeforeEach
  void createValidator() {
    validator = LoopbackValidators.validator(issuer);
  }

  @AfterEach
  void closeValidator() {
    validator.close();
  }

  private VerifiedAccessToken validate(String token) {
    return validator.validate("Bearer " + token);
  }

  private RSAKey issuerRsa() {
    return issuer.signingKeys().rsa();
  }

  private Map<String, Object> rsaHeader() {
    return TestTokens.header(JWSAlgorithm.RS256, issuerRsa().getKeyID());
  }

  private Map<String, Object> claims() {
    Map<String, Object> claims = TestTokens.claims(issuer.issuerUrl());
    claims.put("aud", issuer.audience());
    return claims;
  }

  @Test
  void validTokenYieldsItsClaims() {
    String token =
        issuer
            .token()
            .subject("alice")
            .scopes("openid", "read:orders")
            .roles("admin")
            .permissions("orders:create")
            .claim("tenant", Map.of("id", "t1"))
            .expiresIn(Duration.ofMinutes(5))
            .sign();
    VerifiedAccessToken verified = validate(token);
    assertEquals("alice", verified.subject());
    assertEquals(issuer.issuerUrl(), verified.issuer());
    assertEquals(List.of(issuer.audience()), verified.audiences());
    assertEquals(Set.of("openid", "read:orders"), verified.scopes());
    assertEquals(Set.of("admin"), verified.roles());
    assertEquals(Set.of("orders:create"), verified.permissions());
    Instant expected = Instant.now().plus(Duration.ofMinutes(5));
    assertEquals(expected.getEpochSecond(), verified.expiresAt().getEpochSecond(), 60);
  }

  @Test
  void claimsAreReadOnlyAllTheWayDown() {
    VerifiedAccessToken verified =
        validate(issuer.token().claim("tenant", Map.of("ids", List.of("a"))).sign());
    assertThrows(UnsupportedOperationException.class, () -> verified.claims().put("x", 1));
    Map<?, ?> tenant = (Map<?, ?>) verified.claim("tenant");
    assertThrows(UnsupportedOperationException.class, () -> tenant.clear());
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) tenant.get("ids")).clear());
  }

  @Test
  void ecTokenIsAccepted() {
    assertEquals(
        "local-user", validate(issuer.token().algorithm(JWSAlgorithm.ES256).sign()).subject());
  }

  // Step 1: header syntax and size cap.

  @Test
  void absentHeaderIsMissingCredential() {
    assertMissingCredential(() -> validator.validate(null));
  }

  @Test
  void lowercaseSchemeIsAccepted() {
    assertEquals("local-user", validator.validate("bearer " + issuer.token().sign()).subject());
  }

  @Test
  void tokenOverTheConfiguredCapIsRefused() {
    try (JwtAccessTokenValidator small =
        LoopbackValidators.validator(issuer, Map.of("AXIOMS_MAX_TOKEN_SIZE", "256"))) {
      String token = issuer.token().sign();
      assertRejected(Rejection.HEADER_TOO_LARGE, () -> small.validate("Bearer " + token));
    }
  }

  @Test
  void twoTokensAreRefused() {
    String token = issuer.token().sign();
    assertRejected(
        Rejection.HEADER_SYNTAX, () -> validator.validate("Bearer " + token + " " + token));
  }

  // Step 2: strict compact JWS.

  @Test
  void paddedSegmentIsRefused() {
    String token = issuer.token().sign();
    String padding = "=".repeat((4 - token.length() % 4) % 4);
    String padded = padding.isEmpty() ? token + "====" : token + padding;
    assertRejected(Rejection.BASE64, () -> validate(padded));
  }

  @Test
  void paddingInsideTheTokenBreaksTheHeaderSyntax() {
    String[] parts = issuer.token().sign().split("\\.");
    String token = parts[0] + "==." + parts[1] + "." + parts[2];
    assertRejected(Rejection.TOKEN_SYNTAX, () -> validate(token));
  }

  @Test
  void standardAlphabetIsRefused() {
    String token = issuer.token().sign();
    int signature = token.lastIndexOf('.') + 1;
    for (String standard : List.of("+", "/")) {
      String altered = token.substring(0, signature) + standard + token.substring(signature + 1);
      assertRejected(Rejection.BASE64, () -> validate(altered));
    }
  }

  @Test
  void duplicateHeaderMemberIsRefusedEvenWhenSigned() {
    String header =
        "{\"alg\":\"RS256\",\"kid\":\"" + issuerRsa().getKeyID() + "\",\"kid\":\"other\"}";
    String token = TestTokens.sign(header, JSONObjectUtils.toJSONString(claims()), issuerRsa());
    assertRejected(Rejection.DUPLICATE_MEMBER, () -> validate(token));
  }

  @Test
  void duplicateClaimIsRefusedEvenWhenSigned() {
    String header = JSONObjectUtils.toJSONString(rsaHeader());
    String payload =
        JSONObjectUtils.toJSONString(claims()).replaceFirst("\\}$", ",\"aud\":\"someone-else\"}");
    assertRejected(
        Rejection.DUPLICATE_MEMBER, () -> validate(TestTokens.sign(header, payload, issuerRsa())));
  }

  @Test
  void jweIsRefused() {
    assertRejected(Rejection.ENCRYPTED, () -> validate("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d"));
  }

  // Step 3: header.

  @Test
  void unsecuredTokenIsRefused() {
    Map<String, Object> header = rsaHeader();
    header.put("alg", "none");
    String token =
        TestTokens.encode(JSONObjectUtils.toJSONString(header))
            + "."
            + TestTokens.encode(JSONObjectUtils.toJSONString(claims()));
    assertRejected(Rejection.UNSIGNED, () -> validate(token + "."));
    assertRejected(Rejection.ALGORITHM, () -> validate(token + ".c2ln"));
  }

  @Test
  void hmacTokenUnderTheIssuersKidIsRefused() throws Exception {
    OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).generate();
    String token = issuer.token().signWith(secret).keyId(issuerRsa().getKeyID()).sign();
    assertRejected(Rejection.ALGORITHM, () -> validate(token));
  }

  @Test
  void algorithmOutsideConfiguredListIsRefused() {
    try (JwtAccessTokenValidator rsOnly =
        LoopbackValidators.validator(issuer, Map.of("AXIOMS_ALGORITHMS", "RS256"))) {
      String token = issuer.token().algorithm(JWSAlgorithm.ES256).sign();
      assertRejected(Rejection.ALGORITHM, () -> rsOnly.validate("Bearer " + token));
    }
  }

  @Test
  void tokenWithoutKidIsRefused() {
    assertRejected(Rejection.KID_MISSING, () -> validate(issuer.token().keyId(null).sign()));
  }

  @Test
  void critIsRefused() {
    Map<String, Object> header = rsaHeader();
    header.put("crit", List.of("x-policy"));
    header.put("x-policy", "strict");
    assertRejected(
        Rejection.CRIT_NOT_UNDERSTOOD,
        () -> validate(TestTokens.sign(header, claims(), issuerRsa())));
    header.put("crit", List.of());
    assertRejected(
        Rejection.CRIT_MALFORMED, () -> validate(TestTokens.sign(header, claims(), issuerRsa())));
  }

  @Test
  void unlistedTypIsRefused() {
    assertRejected(Rejection.TYP, () -> validate(issuer.token().type("id_token+jwt").sign()));
  }

  @Test
  void absentOrListedTypIsAccepted() {
    assertEquals("local-user", validate(issuer.token().type(null).sign()).subject());
    assertEquals("local-user", validate(issuer.token().type("JWT").sign()).subject());
    assertEquals("local-user", validate(issuer.token().type("AT+JWT").sign()).subject());
  }

  @Test
  void nestedTokenIsRefused() {
    Map<String, Object> header = rsaHeader();
    header.put("cty", "JWT");
    assertRejected(
        Rejection.NESTED, () -> validate(TestTokens.sign(header, claims(), issuerRsa())));
  }

  @Test
  void embeddedJwkIsNeverUsed() {
    RSAKey stranger = TestKeys.rsa("stranger");
    Map<String, Object> header = rsaHeader();
    header.put("jwk", stranger.toPublicJWK().toJSONObject());
    assertRejected(
        Rejection.SIGNATURE, () -> validate(TestTokens.sign(header, claims(), stranger)));
  }

  @Test
  void embeddedKeySetUrlIsNeverFetched() {
    try (LocalIssuer attacker = LocalIssuer.start()) {
      RSAKey strangerKey = attacker.signingKeys().rsa();
      Map<String, Object> header = TestTokens.header(JWSAlgorithm.RS256, strangerKey.getKeyID());
      header.put("jku", attacker.jwksUrl());
      header.put("x5u", attacker.jwksUrl());
      assertRejected(
          Rejection.KEY_UNKNOWN, () -> validate(TestTokens.sign(header, claims(), strangerKey)));
      assertEquals(0, attacker.jwksEndpoint().requestCount());
    }
  }

  // Step 4: key.

  @Test
  void unknownKidIsRefused() {
    assertRejected(Rejection.KEY_UNKNOWN, () -> validate(issuer.token().keyId("nobody").sign()));
  }

  @Test
  void keyOfTheWrongTypeIsNeverUsed() {
    ECKey ec = TestKeys.ec(Curve.P_256, "shared-kid");
    RSAKey rsa = TestKeys.rsa("shared-kid");
    issuer.publishExtraKeys(ec.toPublicJWK());
    String token = issuer.token().signWith(rsa).sign();
    assertRejected(Rejection.KEY_TYPE, () -> validate(token));
  }

  @Test
  void keyOnTheWrongCurveIsNeverUsed() {
    ECKey p384 = TestKeys.ec(Curve.P_384, "p384");
    issuer.publishExtraKeys(p384.toPublicJWK());
    ECKey p256 = TestKeys.ec(Curve.P_256, "p384");
    String token = issuer.token().signWith(p256).sign();
    assertRejected(Rejection.KEY_TYPE, () -> validate(token));
  }

  @Test
  void keyDeclaredForAnotherAlgorithmIsNeverUsed() {
    RSAKey key = TestKeys.rsa("ps-only");
    issuer.publishExtraKeys(
        new RSAKey.Builder(key.toPublicJWK()).algorithm(JWSAlgorithm.PS256).build());
    String token = issuer.token().signWith(key).algorithm(JWSAlgorithm.RS256).sign();
    assertRejected(Rejection.KEY_ALGORITHM, () -> validate(token));
    assertEquals(
        "local-user",
        validate(issuer.token().signWith(key).algorithm(JWSAlgorithm.PS256).sign()).subject());
  }

  @Test
  void encryptionKeyIsNeverUsed() {
    RSAKey key = TestKeys.rsa("enc-key");
    issuer.publishExtraKeys(
        new RSAKey.Builder(key.toPublicJWK()).keyUse(KeyUse.ENCRYPTION).build());
    assertRejected(Rejection.KEY_USE, () -> validate(issuer.token().signWith(key).sign()));
  }

  @Test
  void shortRsaKeyIsNeverUsed() {
    RSAKey weak = TestKeys.weakRsa("weak");
    issuer.publishExtraKeys(weak.toPublicJWK());
    Map<String, Object> header = TestTokens.header(JWSAlgorithm.RS256, "weak");
    assertRejected(
        Rejection.KEY_TOO_SMALL, () -> validate(TestTokens.sign(header, claims(), weak)));
  }

  // Step 5: signature.

  @Test
  void strangersSignatureUnderTheIssuersKidIsRefused() {
    String token =
        issuer.token().signWith(TestKeys.rsa("stranger")).keyId(issuerRsa().getKeyID()).sign();
    assertRejected(Rejection.SIGNATURE, () -> validate(token));
  }

  @Test
  void alteredPayloadIsRefused() {
    String[] parts = issuer.token().roles("user").sign().split("\\.");
    Map<String, Object> claims = claims();
    claims.put("roles", List.of("admin"));
    String forged =
        parts[0] + "." + TestTokens.encode(JSONObjectUtils.toJSONString(claims)) + "." + parts[2];
    assertRejected(Rejection.SIGNATURE, () -> validate(forged));
  }

  @Test
  void derEcdsaSignatureIsRefused() throws Exception {
    String[] parts = issuer.token().algorithm(JWSAlgorithm.ES256).sign().split("\\.");
    byte[] der = ECDSA.transcodeSignatureToDER(new Base64URL(parts[2]).decode());
    String token = parts[0] + "." + parts[1] + "." + Base64URL.encode(der);
    assertRejected(Rejection.SIGNATURE, () -> validate(token));
  }

  @Test
  void unusableKeyMaterialIsA401NotACrash() {
    RSAKey real = TestKeys.rsa("odd-exponent");
    JWK odd =
        new RSAKey.Builder(real.getModulus(), Base64URL.encode(BigInteger.ZERO))
            .keyID("odd-exponent")
            .build();
    issuer.publishExtraKeys(odd);
    Map<String, Object> header = TestTokens.header(JWSAlgorithm.RS256, "odd-exponent");
    AxiomsException e =
        assertThrows(
            AxiomsException.class, () -> validate(TestTokens.sign(header, claims(), real)));
    assertEquals(401, e.status());
  }

  // Step 6: claims.

  @Test
  void expiredTokenIsRefused() {
    assertRejected(
        Rejection.EXPIRED, () -> validate(issuer.token().expiresIn(Duration.ofMinutes(-5)).sign()));
  }

  @Test
  void tokenWithoutExpiryIsRefused() {
    assertRejected(Rejection.EXP_MISSING, () -> validate(issuer.token().expiresIn(null).sign()));
  }

  @Test
  void nonNumericExpiryIsRefused() {
    assertRejected(
        Rejection.EXP_INVALID, () -> validate(issuer.token().claim("exp", "soon").sign()));
    Map<String, Object> claims = claims();
    claims.put("exp", null);
    assertRejected(
        Rejection.EXP_INVALID, () -> validate(TestTokens.sign(rsaHeader(), claims, issuerRsa())));
  }

  @Test
  void absurdExpiryIsRefused() {
    assertRejected(Rejection.EXP_INVALID, () -> validate(issuer.token().claim("exp", 1e18).sign()));
  }

  @Test
  void leewayIsConfigurable() {
    String justExpired = issuer.token().expiresIn(Duration.ofSeconds(-10)).sign();
    assertEquals("local-user", validate(justExpired).subject());
    try (JwtAccessTokenValidator strict =
        LoopbackValidators.validator(issuer, Map.of("AXIOMS_LEEWAY", "0"))) {
      assertRejected(Rejection.EXPIRED, () -> strict.validate("Bearer " + justExpired));
    }
  }

  @Test
  void notYetValidTokenIsRefused() {
    String token = issuer.token().notBefore(Instant.now().plusSeconds(600)).sign();
    assertRejected(Rejection.NOT_YET_VALID, () -> validate(token));
  }

  @Test
  void tokenIssuedInTheFutureIsRefused() {
    String token = issuer.token().issuedAt(Instant.now().plusSeconds(600)).sign();
    assertRejected(Rejection.IAT_FUTURE, () -> validate(token));
  }

  @Test
  void otherIssuerIsRefused() {
    assertRejected(
        Rejection.ISSUER, () -> validate(issuer.token().issuer(issuer.issuerUrl() + "/").sign()));
  }

  @Test
  void otherAudienceIsRefused() {
    assertRejected(
        Rejection.AUDIENCE, () -> validate(issuer.token().audience("someone-else").sign()));
    assertRejected(
        Rejection.AUDIENCE,
        () -> validate(issuer.token().audience(issuer.audience() + "-v2").sign()));
    assertRejected(
        Rejection.AUDIENCE,
        () -> validate(issuer.token().audience("other", issuer.audience() + "-v2").sign()));
  }

  @Test
  void audienceArrayMembershipIsAccepted() {
    assertEquals(
        "local-user",
        validate(issuer.token().audience("other", issuer.audience()).sign()).subject());
  }

  @Test
  void policyFailureIs403NamingTheRequirement() {
    String token = issuer.token().scopes("openid").roles("editor").sign();
    Requirement admin = Requirement.anyRole("admin");
    AxiomsException e =
        assertThrows(
            AxiomsException.class,
            () ->
                validator.authorize(
                    "Bearer " + token, AccessPolicy.of(Requirement.anyScope("openid"), admin)));
    assertEquals(403, e.status());
    assertEquals(admin, e.failedRequirement());
  }

  @Test
  void namespacedAndNestedClaimsAreConfigurable() {
    Map<String, String> extra =
        Map.of(
            "AXIOMS_ROLES_CLAIMS", "https://example.com/roles,/realm_access/roles",
            "AXIOMS_SCOPE_CLAIMS", "scp,scope");
    try (JwtAccessTokenValidator custom = LoopbackValidators.validator(issuer, extra)) {
      String namespaced =
          issuer
              .token()
              .claim("https://example.com/roles", List.of("admin"))
              .scopes("openid")
              .sign();
      VerifiedAccessToken first = custom.validate("Bearer " + namespaced);
      assertEquals(Set.of("admin"), first.roles());
      assertEquals(Set.of("openid"), first.scopes());
      String keycloak =
          issuer
              .token()
              .claim("realm_access", Map.of("roles", List.of("realm-admin")))
              .claim("scp", List.of("Orders.Read"))
              .sign();
      VerifiedAccessToken second = custom.validate("Bearer " + keycloak);
      assertEquals(Set.of("realm-admin"), second.roles());
      assertEquals(Set.of("Orders.Read"), second.scopes());
    }
  }
}
