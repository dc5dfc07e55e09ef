package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.axioms.test.TokenBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * AWS Cognito's token shapes, end to end: its access tokens carry the app client id in {@code
 * client_id} and no {@code aud}, its ID tokens carry it in {@code aud} with {@code token_use: id}.
 */
class CognitoAudienceTest extends SharedIssuers {

  private static final Map<String, String> COGNITO =
      Map.of("AXIOMS_AUDIENCE_CLAIMS", "aud,client_id", "AXIOMS_ROLES_CLAIMS", "cognito:groups");

  private static VerifiedAccessToken validate(Map<String, String> extra, String token) {
    try (JwtAccessTokenValidator validator = LoopbackValidators.validator(issuer, extra)) {
      return validator.validate("Bearer " + token);
    }
  }

  /** Cognito headers carry only {@code kid} and {@code alg}. */
  private static TokenBuilder cognitoToken() {
    return issuer.token().type(null).roles().claim("cognito:groups", List.of("admins"));
  }

  private static String accessToken() {
    return cognitoToken()
        .claim("aud", null)
        .claim("token_use", "access")
        .claim("client_id", issuer.audience())
        .scopes("orders/read", "orders/write")
        .sign();
  }

  private static String idToken() {
    return cognitoToken()
        .audience(issuer.audience())
        .claim("token_use", "id")
        .claim("client_id", null)
        .claim("email", "user@example.com")
        .scopes()
        .sign();
  }

  @Test
  void accessTokenIsAcceptedWithClientIdListed() {
    VerifiedAccessToken verified = validate(COGNITO, accessToken());
    assertEquals(Set.of("orders/read", "orders/write"), verified.scopes());
    assertEquals(Set.of("admins"), verified.roles());
    assertEquals(List.of(issuer.audience()), verified.audiences());
  }

  @Test
  void accessTokenIsRefusedByTheDefaultAudienceClaim() {
    assertRejected(Rejection.AUDIENCE, () -> validate(Map.of(), accessToken()));
  }

  @Test
  void accessTokenForAnotherAppClientIsRefused() {
    String other = cognitoToken().claim("aud", null).claim("client_id", "other-client").sign();
    assertRejected(Rejection.AUDIENCE, () -> validate(COGNITO, other));
  }

  @Test
  void idTokenIsRefusedWithClientIdListed() {
    assertRejected(Rejection.ID_TOKEN, () -> validate(COGNITO, idToken()));
    assertRejected(Rejection.ID_TOKEN, () -> validate(Map.of(), idToken()));
  }
}
