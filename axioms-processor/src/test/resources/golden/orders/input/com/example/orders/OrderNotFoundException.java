package com.example.orders;

/** No order has the requested id. */
public final class OrderNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an id. */
  public OrderNotFoundException(String orderId) {
    super("No order " + orderId);
  }
}
