package io.axioms.samples;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;

/** {@code /public} and {@code /private}: the open door and the first locked one. */
@Guarded
public interface GreetingApi {

  /**
   * Answers {@code GET /public}, open to anyone.
   *
   * @return the message
   */
  @Public
  String publicGreeting();

  /**
   * Answers {@code GET /private}: any valid token with scope {@code openid} or {@code profile}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasValidAccessToken
  @HasRequiredScopes({"openid", "profile"})
  String privateGreeting(@BearerToken String authorization);
}
