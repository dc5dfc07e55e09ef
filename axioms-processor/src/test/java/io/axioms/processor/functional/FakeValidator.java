package io.axioms.processor.functional;

import io.axioms.runtime.AccessTokenValidator;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.VerifiedAccessToken;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A validator that knows a fixed set of header values, for testing the guard's wiring without
 * signatures; the real validator is exercised in {@code RealValidatorTest}.
 */
final class FakeValidator implements AccessTokenValidator {

  private final Map<String, VerifiedAccessToken> known = new HashMap<>();
  int validations;

  /** Registers a header value that validates to a token with the given scopes and roles. */
  VerifiedAccessToken accept(String header, Set<String> scopes, Set<String> roles) {
    VerifiedAccessToken token =
        VerifiedAccessToken.builder()
            .subject(header)
            .expiresAt(Instant.now().plusSeconds(300))
            .scopes(scopes)
            .roles(roles)
            .permissions(Set.of("orders:audit"))
            .build();
    known.put(header, token);
    return token;
  }

  @Override
  public VerifiedAccessToken validate(String authorizationHeader) {
    validations++;
    if (authorizationHeader == null) {
      throw AxiomsException.missingCredential();
    }
    VerifiedAccessToken token = known.get(authorizationHeader);
    if (token == null) {
      throw AxiomsException.invalidToken("Unknown test token", null);
    }
    return token;
  }
}
