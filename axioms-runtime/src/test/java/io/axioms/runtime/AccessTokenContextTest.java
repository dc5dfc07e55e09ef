package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AccessTokenContextTest {

  private static VerifiedAccessToken token(String subject) {
    return VerifiedAccessToken.builder().subject(subject).expiresAt(Instant.EPOCH).build();
  }

  @Test
  void tokenIsVisibleOnlyWhileBound() {
    VerifiedAccessToken token = token("a");
    assertEquals(Optional.empty(), AccessTokenContext.current());
    try (AccessTokenContext.Binding binding = AccessTokenContext.bind(token)) {
      assertSame(token, AccessTokenContext.require());
      assertSame(token, AccessTokenContext.current().orElseThrow());
    }
    assertEquals(Optional.empty(), AccessTokenContext.current());
    assertThrows(IllegalStateException.class, AccessTokenContext::require);
  }

  @Test
  void nestedBindingRestoresTheOuterToken() {
    VerifiedAccessToken outer = token("outer");
    try (AccessTokenContext.Binding first = AccessTokenContext.bind(outer)) {
      try (AccessTokenContext.Binding second = AccessTokenContext.bind(token("inner"))) {
        assertEquals("inner", AccessTokenContext.require().subject());
      }
      assertSame(outer, AccessTokenContext.require());
    }
    assertEquals(Optional.empty(), AccessTokenContext.current());
  }

  @Test
  void bindingIsRemovedWhenTheCallThrows() {
    assertThrows(
        IllegalArgumentException.class,
        () -> {
          try (AccessTokenContext.Binding binding = AccessTokenContext.bind(token("a"))) {
            throw new IllegalArgumentException("handler failed");
          }
        });
    assertEquals(Optional.empty(), AccessTokenContext.current());
  }

  @Test
  void otherThreadsDoNotSeeTheToken() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (AccessTokenContext.Binding binding = AccessTokenContext.bind(token("a"))) {
      Optional<VerifiedAccessToken> seen =
          CompletableFuture.supplyAsync(AccessTokenContext::current, pool)
              .get(10, TimeUnit.SECONDS);
      assertEquals(Optional.empty(), seen);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pooledThreadDoesNotKeepATokenAcrossCalls() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(
              () -> {
                try (AccessTokenContext.Binding binding = AccessTokenContext.bind(token("a"))) {
                  return AccessTokenContext.require();
                }
              })
          .get(10, TimeUnit.SECONDS);
      assertEquals(
          Optional.empty(), pool.submit(AccessTokenContext::current).get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }
}
