package io.axioms.processor.functional;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Signatures a guard must reproduce exactly; the test build compiles the generated guard under
 * {@code -Xlint:all -Werror}.
 */
final class EdgeCases {

  private EdgeCases() {}

  /** A package-private, nested, generic interface. */
  @Guarded
  @HasValidAccessToken
  interface Repository<T extends Comparable<T>> {

    /** Returns the largest item; a generic method with a checked exception. */
    <E extends Exception> T largest(@BearerToken String authorization, Callable<List<T>> items)
        throws E, IOException;

    /** Varargs with a non-reifiable element type. */
    @SuppressWarnings("unchecked")
    List<T> all(@BearerToken String authorization, T... items);

    /** Varargs with a reifiable element type. */
    int count(@BearerToken String authorization, String... names);

    /** An overload of count. */
    @HasRequiredScopes("count:long")
    long count(@BearerToken String authorization, long start);

    /** Parameters named like the guard's own fields and locals. */
    String clash(
        @BearerToken String token,
        String delegate,
        String validator,
        String binding,
        String CLASH_POLICY);

    /** A void method that throws. */
    void fail(@BearerToken String authorization) throws IOException;

    /** A primitive return without a token. */
    @Public
    boolean ready();
  }
}
