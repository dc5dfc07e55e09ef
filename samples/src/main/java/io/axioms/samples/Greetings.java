package io.axioms.samples;

/**
 * The implementation behind {@link GreetingApi}; it runs only once its guard has allowed a call.
 */
final class Greetings implements GreetingApi {

  @Override
  public String publicGreeting() {
    return "Public endpoint. No authentication required.";
  }

  @Override
  public String privateGreeting(String authorization) {
    return "All good. You are authenticated!";
  }
}
