package io.axioms.processor.functional;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** A typical handler interface: a token for every method unless it is public. */
@Guarded
@HasValidAccessToken
public interface OrdersApi {

  /** Needs one of two scopes. */
  @HasRequiredScopes({"orders:read", "orders:admin"})
  String getOrder(@BearerToken String authorization, long id) throws IOException;

  /** Needs a scope and a role, checked in that order. */
  @HasRequiredScopes("orders:write")
  @HasRequiredRoles("clerk")
  void placeOrder(@BearerToken String authorization, String item);

  /** Open to anyone. */
  @Public
  int health();

  /** Returns its answer later; validation still happens before the call. */
  CompletableFuture<String> later(@BearerToken String authorization);

  /** A default method with a policy: the guard checks it and calls the implementation's. */
  @HasRequiredPermissions("orders:audit")
  default String audit(@BearerToken String authorization) {
    return "default audit";
  }
}
