package io.axioms.processor.functional;

import io.axioms.runtime.AccessTokenContext;
import io.axioms.runtime.VerifiedAccessToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** An implementation that records each call and the token it saw during that call. */
final class RecordingOrders implements OrdersApi {

  final List<String> calls = new ArrayList<>();
  final List<Optional<VerifiedAccessToken>> tokens = new ArrayList<>();

  @Override
  public String getOrder(String authorization, long id) {
    record("getOrder " + id);
    return "order " + id;
  }

  @Override
  public void placeOrder(String authorization, String item) {
    record("placeOrder " + item);
    if (item.equals("explode")) {
      throw new IllegalStateException("out of stock");
    }
  }

  @Override
  public int health() {
    record("health");
    return 200;
  }

  @Override
  public CompletableFuture<String> later(String authorization) {
    record("later");
    return CompletableFuture.completedFuture("done");
  }

  @Override
  public String audit(String authorization) {
    record("audit");
    return "implementation audit";
  }

  private void record(String call) {
    calls.add(call);
    tokens.add(AccessTokenContext.current());
  }
}
