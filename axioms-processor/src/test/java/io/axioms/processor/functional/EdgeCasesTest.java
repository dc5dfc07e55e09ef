package io.axioms.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.runtime.AxiomsException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Runs the guard of {@link EdgeCases.Repository}, whose signatures are the awkward ones. */
class EdgeCasesTest {

  private final FakeValidator validator = new FakeValidator();
  private final EdgeCases.Repository<String> guard =
      new GuardedEdgeCases_Repository<>(new Names(), validator);

  EdgeCasesTest() {
    validator.accept("Bearer ok", Set.of(), Set.of());
    validator.accept("Bearer counter", Set.of("count:long"), Set.of());
  }

  @Test
  void genericMethodWithCheckedExceptions() throws Exception {
    assertEquals(
        "pear", guard.<RuntimeException>largest("Bearer ok", () -> List.of("apple", "pear")));
  }

  @Test
  void varargsArePassedThrough() {
    assertEquals(List.of("a", "b"), guard.all("Bearer ok", "a", "b"));
    assertEquals(3, guard.count("Bearer ok", "x", "y", "z"));
  }

  @Test
  void overloadsHaveTheirOwnPolicies() {
    assertEquals(10L, guard.count("Bearer counter", 9L));
    assertThrows(AxiomsException.class, () -> guard.count("Bearer ok", 9L));
    assertEquals(0, guard.count("Bearer ok"));
  }

  @Test
  void parametersNamedLikeTheGuardsFieldsReachTheImplementation() {
    assertEquals("Bearer ok/d/v/b/p", guard.clash("Bearer ok", "d", "v", "b", "p"));
  }

  @Test
  void checkedExceptionsPropagate() {
    IOException failure = assertThrows(IOException.class, () -> guard.fail("Bearer ok"));

    assertEquals("failed on purpose", failure.getMessage());
  }

  @Test
  void primitiveReturnOfAPublicMethod() {
    assertTrue(guard.ready());
  }

  /** A plain implementation. */
  private static final class Names implements EdgeCases.Repository<String> {

    @Override
    public <E extends Exception> String largest(String authorization, Callable<List<String>> items)
        throws E {
      try {
        return Collections.max(items.call());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public List<String> all(String authorization, String... items) {
      return Arrays.asList(items);
    }

    @Override
    public int count(String authorization, String... names) {
      return names.length;
    }

    @Override
    public long count(String authorization, long start) {
      return start + 1;
    }

    @Override
    public String clash(
        String token, String delegate, String validator, String binding, String clashPolicy) {
      return String.join("/", token, delegate, validator, binding, clashPolicy);
    }

    @Override
    public void fail(String authorization) throws IOException {
      throw new IOException("failed on purpose");
    }

    @Override
    public boolean ready() {
      return true;
    }
  }
}
