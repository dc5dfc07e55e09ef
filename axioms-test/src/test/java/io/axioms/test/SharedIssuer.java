package io.axioms.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** One issuer per test class, started once, with every test control undone after each test. */
abstract class SharedIssuer {

  static LocalIssuer issuer;

  @BeforeAll
  static void startIssuer() {
    issuer = LocalIssuer.start();
  }

  @AfterAll
  static void stopIssuer() {
    issuer.close();
  }

  @AfterEach
  void undoControls() {
    issuer.reset();
  }
}
