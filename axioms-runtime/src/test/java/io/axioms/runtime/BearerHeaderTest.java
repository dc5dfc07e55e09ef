package io.axioms.runtime;

import static io.axioms.runtime.Assertions401.assertMissingCredential;
import static io.axioms.runtime.Assertions401.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BearerHeaderTest {

  private final BearerHeader header = new BearerHeader(64);

  @Test
  void readsTheToken() {
    assertEquals("abc.def.ghi", header.token("Bearer abc.def.ghi"));
  }

  @Test
  void schemeIsCaseInsensitive() {
    assertEquals("abc", header.token("bEaReR abc"));
    assertEquals("abc", header.token("BEARER abc"));
  }

  @Test
  void acceptsSeveralSpacesAndSurroundingWhitespace() {
    assertEquals("abc", header.token(" \tBearer   abc \t"));
  }

  @Test
  void acceptsEveryB64tokenCharacterAndTrailingEquals() {
    assertEquals("aZ09-._~+/==", header.token("Bearer aZ09-._~+/=="));
  }

  @Test
  void absentOrEmptyHeaderIsMissingCredential() {
    assertMissingCredential(() -> header.token(null));
    assertMissingCredential(() -> header.token(""));
    assertMissingCredential(() -> header.token("   "));
  }

  @Test
  void otherSchemeIsMissingCredential() {
    assertMissingCredential(() -> header.token("Basic dXNlcjpwYXNz"));
    assertMissingCredential(() -> header.token("Bearerx abc"));
  }

  @Test
  void schemeWithoutTokenIsRefused() {
    assertRejected(Rejection.HEADER_SYNTAX, () -> header.token("Bearer"));
    assertRejected(Rejection.HEADER_SYNTAX, () -> header.token("Bearer    "));
  }

  @Test
  void moreThanOneTokenIsRefused() {
    assertRejected(Rejection.HEADER_SYNTAX, () -> header.token("Bearer abc def"));
    assertRejected(Rejection.HEADER_SYNTAX, () -> header.token("Bearer abc\tdef"));
  }

  @Test
  void tabAsSeparatorIsRefused() {
    assertRejected(Rejection.HEADER_SYNTAX, () -> header.token("Bearer\tabc"));
  }

  @Test
  void charactersOutsideB64tokenAreRefused() {
    assertRejected(Rejection.TOKEN_SYNTAX, () -> header.token("Bearer abc,def"));
    assertRejected(Rejection.TOKEN_SYNTAX, () -> header.token("Bearer \"abc\""));
    assertRejected(Rejection.TOKEN_SYNTAX, () -> header.token("Bearer ab=c"));
    assertRejected(Rejection.TOKEN_SYNTAX, () -> header.token("Bearer abc\u00e9"));
    assertRejected(Rejection.TOKEN_SYNTAX, () -> header.token("Bearer ===="));
  }

  @Test
  void tokenAtTheCapIsAccepted() {
    String token = "a".repeat(64);
    assertEquals(token, header.token("Bearer " + token));
  }

  @Test
  void tokenOverTheCapIsRefused() {
    assertRejected(Rejection.HEADER_TOO_LARGE, () -> header.token("Bearer " + "a".repeat(65)));
  }

  @Test
  void capIsCheckedBeforeParsing() {
    assertRejected(Rejection.HEADER_TOO_LARGE, () -> header.token("Basic " + " ".repeat(100)));
  }
}
