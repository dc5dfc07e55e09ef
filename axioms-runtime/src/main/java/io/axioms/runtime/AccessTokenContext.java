package io.axioms.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * Hands the handler implementation the verified token of the call it is serving.
 *
 * <p>A generated guard binds the token on the calling thread just before it calls the
 * implementation and unbinds it when that call returns or throws, so the token is visible for
 * exactly that call and never to another thread or a later call. Work the implementation moves to
 * another thread (an executor, a {@code CompletableFuture} stage) does not see it: read the token
 * first and pass it along.
 */
public final class AccessTokenContext {

  private static final ThreadLocal<VerifiedAccessToken> CURRENT = new ThreadLocal<>();

  private AccessTokenContext() {}

  /**
   * Returns the verified token of the guarded call running on this thread.
   *
   * @return the token, or empty outside a guarded call and inside a {@code @Public} one
   */
  public static Optional<VerifiedAccessToken> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Returns the verified token of the guarded call running on this thread.
   *
   * @return the token
   * @throws IllegalStateException outside a call that required a token
   */
  public static VerifiedAccessToken require() {
    VerifiedAccessToken token = CURRENT.get();
    if (token == null) {
      throw new IllegalStateException("No verified access token: not inside a guarded call");
    }
    return token;
  }

  /**
   * Binds a token to this thread until the returned binding is closed; generated guards call this,
   * and user code normally does not.
   *
   * @param token the verified token
   * @return the binding, to close in a {@code finally} block
   */
  public static Binding bind(VerifiedAccessToken token) {
    Binding binding = new Binding(CURRENT.get());
    CURRENT.set(Objects.requireNonNull(token, "token"));
    return binding;
  }

  /** Restores the token that was bound before, when closed; close it on the same thread. */
  public static final class Binding implements AutoCloseable {
    private final VerifiedAccessToken previous;

    private Binding(VerifiedAccessToken previous) {
      this.previous = previous;
    }

    /** Restores the previous binding of this thread, or none. */
    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
