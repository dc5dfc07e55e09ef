package com.example.orders;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;

/** The order service's HTTP handlers. */
@Guarded
@HasValidAccessToken
public interface OrdersApi {

  /** Answers a load balancer's health check; open to anyone. */
  @Public
  String health();

  /** Returns one order, to a caller with either scope. */
  @HasRequiredScopes({"orders:read", "orders:admin"})
  Order getOrder(@BearerToken String authorization, String orderId)
      throws OrderNotFoundException;

  /** Places an order, for a clerk with the write scope. */
  @HasRequiredScopes("orders:write")
  @HasRequiredRoles("clerk")
  Order placeOrder(@BearerToken String authorization, Order order);

  /** Cancels an order, for an admin or superuser who holds the delete permission. */
  @HasRequiredPermissions("orders:delete")
  @HasRequiredRoles({"admin", "superuser"})
  void cancelOrder(@BearerToken String authorization, String orderId)
      throws OrderNotFoundException;
}
