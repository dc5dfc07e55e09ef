package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions on the failures the validator throws. */
final class Assertions401 {

  private Assertions401() {}

  /** Asserts that the call fails with a 401 {@code invalid_token} for exactly this reason. */
  static AxiomsException assertRejected(Rejection expected, Executable call) {
    AxiomsException e = assertThrows(AxiomsException.class, call);
    assertEquals(FailureReason.INVALID_TOKEN, e.reason(), e.description());
    assertEquals(expected.description(), e.description());
    assertEquals(401, e.status());
    return e;
  }

  /** Asserts that the call fails with a 401 that carries no error code. */
  static void assertMissingCredential(Executable call) {
    AxiomsException e = assertThrows(AxiomsException.class, call);
    assertEquals(FailureReason.MISSING_CREDENTIAL, e.reason(), e.description());
  }
}
