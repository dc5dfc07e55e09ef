package io.axioms.processor.functional;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasValidAccessToken;

/** An interface with a default method that has no policy of its own. */
@Guarded
interface CatalogApi {

  /** Needs a token. */
  @HasValidAccessToken
  int count(@BearerToken String authorization);

  /** Has no policy, so the guard does not override it: it runs on the guard and calls count. */
  default String describe(String authorization) {
    return count(authorization) + " items";
  }
}
