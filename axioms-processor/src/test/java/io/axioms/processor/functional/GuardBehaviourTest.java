package io.axioms.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.runtime.AccessTokenContext;
import io.axioms.runtime.AxiomsException;
import io.axioms.runtime.FailureReason;
import io.axioms.runtime.Requirement;
import io.axioms.runtime.VerifiedAccessToken;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Runs guards generated at test compile time against a validator with canned tokens. */
class GuardBehaviourTest {

  private final FakeValidator validator = new FakeValidator();
  private final RecordingOrders orders = new RecordingOrders();
  private final OrdersApi guard = new GuardedOrdersApi(orders, validator);

  @Test
  void allowedCallReachesTheImplementationWithItsToken() throws IOException {
    VerifiedAccessToken token = validator.accept("Bearer reader", Set.of("orders:admin"), Set.of());

    String answer = guard.getOrder("Bearer reader", 7);

    assertEquals("order 7", answer);
    assertEquals(List.of("getOrder 7"), orders.calls);
    assertSame(token, orders.tokens.get(0).orElseThrow());
  }

  @Test
  void tokenIsVisibleOnlyDuringTheCall() throws IOException {
    validator.accept("Bearer reader", Set.of("orders:read"), Set.of());

    guard.getOrder("Bearer reader", 1);

    assertEquals(Optional.empty(), AccessTokenContext.current());
  }

  @Test
  void tokenIsUnboundWhenTheImplementationThrows() {
    validator.accept("Bearer clerk", Set.of("orders:write"), Set.of("clerk"));

    assertThrows(IllegalStateException.class, () -> guard.placeOrder("Bearer clerk", "explode"));

    assertTrue(orders.tokens.get(0).isPresent());
    assertEquals(Optional.empty(), AccessTokenContext.current());
  }

  @Test
  void missingCredentialIs401AndNeverReachesTheImplementation() {
    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.getOrder(null, 1));

    assertEquals(FailureReason.MISSING_CREDENTIAL, failure.reason());
    assertEquals(401, failure.status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void invalidCredentialIs401AndNeverReachesTheImplementation() {
    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> guard.getOrder("Bearer forged", 1));

    assertEquals(FailureReason.INVALID_TOKEN, failure.reason());
    assertEquals(401, failure.status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void missingScopeIs403NamingTheAcceptedScopes() {
    validator.accept("Bearer writer", Set.of("orders:write"), Set.of());

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> guard.getOrder("Bearer writer", 1));

    assertEquals(403, failure.status());
    assertEquals(List.of("orders:read", "orders:admin"), failure.requiredScopes());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void everyAnnotationMustBeSatisfied() {
    validator.accept("Bearer writer", Set.of("orders:write"), Set.of());

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> guard.placeOrder("Bearer writer", "tea"));

    assertEquals(Requirement.anyRole("clerk"), failure.failedRequirement());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void requirementsAreCheckedInSourceOrder() {
    validator.accept("Bearer nobody", Set.of(), Set.of());

    AxiomsException failure =
        assertThrows(AxiomsException.class, () -> guard.placeOrder("Bearer nobody", "tea"));

    assertEquals(Requirement.anyScope("orders:write"), failure.failedRequirement());
  }

  @Test
  void callMeetingEveryRequirementIsAllowed() {
    validator.accept("Bearer clerk", Set.of("orders:write"), Set.of("clerk"));

    guard.placeOrder("Bearer clerk", "tea");

    assertEquals(List.of("placeOrder tea"), orders.calls);
  }

  @Test
  void publicMethodNeedsNoCredentialAndSeesNoToken() {
    int status = guard.health();

    assertEquals(200, status);
    assertEquals(0, validator.validations);
    assertEquals(Optional.empty(), orders.tokens.get(0));
  }

  @Test
  void futureMethodIsValidatedBeforeTheCallAndThrowsSynchronously() {
    AxiomsException failure = assertThrows(AxiomsException.class, () -> guard.later(null));

    assertEquals(401, failure.status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void futureMethodReturnsTheImplementationsFuture() {
    validator.accept("Bearer any", Set.of(), Set.of());

    CompletableFuture<String> answer = guard.later("Bearer any");

    assertEquals("done", answer.join());
    assertTrue(orders.tokens.get(0).isPresent());
  }

  @Test
  void defaultMethodWithPolicyIsGuardedAndDelegated() {
    validator.accept("Bearer auditor", Set.of(), Set.of());

    assertEquals("implementation audit", guard.audit("Bearer auditor"));
    assertThrows(AxiomsException.class, () -> guard.audit("Bearer forged"));
    assertEquals(List.of("audit"), orders.calls);
  }

  @Test
  void defaultMethodWithoutPolicyRunsOnTheGuardAndCallsThroughIt() {
    CatalogApi implementation =
        new CatalogApi() {
          @Override
          public int count(String authorization) {
            return 3;
          }

          @Override
          public String describe(String authorization) {
            return "unguarded";
          }
        };
    CatalogApi catalog = new GuardedCatalogApi(implementation, validator);
    validator.accept("Bearer any", Set.of(), Set.of());

    assertEquals("3 items", catalog.describe("Bearer any"));
    assertThrows(AxiomsException.class, () -> catalog.describe(null));
  }

  @Test
  void constructorRejectsNull() {
    NullPointerException delegate =
        assertThrows(NullPointerException.class, () -> new GuardedOrdersApi(null, validator));
    NullPointerException validatorMissing =
        assertThrows(NullPointerException.class, () -> new GuardedOrdersApi(orders, null));

    assertEquals("delegate", delegate.getMessage());
    assertEquals("validator", validatorMissing.getMessage());
  }

  @Test
  void guardIsFinalAndAsVisibleAsItsInterface() {
    int publicGuard = GuardedOrdersApi.class.getModifiers();
    int packageGuard = GuardedCatalogApi.class.getModifiers();

    assertTrue(Modifier.isFinal(publicGuard) && Modifier.isPublic(publicGuard));
    assertTrue(Modifier.isFinal(packageGuard));
    assertFalse(Modifier.isPublic(packageGuard));
  }

  @Test
  void manifestIsOnTheClassPath() {
    String resource = "META-INF/axioms/io.axioms.processor.functional.OrdersApi.json";

    assertNotNull(getClass().getClassLoader().getResource(resource));
  }
}
