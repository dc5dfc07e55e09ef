package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.axioms.runtime.FailureReason;
import io.axioms.runtime.VerifiedAccessToken;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Authorization} header values around a valid token, per RFC 6750 section 2.1 and RFC 9110
 * section 11: another scheme is no bearer credential at all (401 without error code); a bearer
 * credential that is malformed is a 401 {@code invalid_token}; the scheme is case-insensitive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationHeaderTest {

  private static final FailureReason MISSING = FailureReason.MISSING_CREDENTIAL;
  private static final FailureReason INVALID = FailureReason.INVALID_TOKEN;

  private ProtectedApi api;

  @BeforeAll
  void start() {
    api = ProtectedApi.start();
  }

  @AfterAll
  void stop() {
    api.close();
  }

  /** One malformed header value, made around a valid token, and the reason it must be refused. */
  static final class HeaderCase {
    final FailureReason reason;
    final Function<String, String> header;

    HeaderCase(FailureReason reason, Function<String, String> header) {
      this.reason = reason;
      this.header = header;
    }
  }

  static Stream<Named<HeaderCase>> malformedHeaders() {
    return Stream.of(
        header("empty value", MISSING, token -> ""),
        header("only spaces", MISSING, token -> "   "),
        header("scheme alone", INVALID, token -> "Bearer"),
        header("empty token", INVALID, token -> "Bearer "),
        header("empty token, many spaces", INVALID, token -> "Bearer      "),
        header("Basic scheme", MISSING, token -> "Basic dXNlcjpwYXNzd29yZA=="),
        header("Digest scheme", MISSING, token -> "Digest username=\"a\", realm=\"b\""),
        header("Token scheme with the token", MISSING, token -> "Token " + token),
        header("DPoP scheme with the token", MISSING, token -> "DPoP " + token),
        header("no space after the scheme", MISSING, token -> "Bearer" + token),
        header("two tokens", INVALID, token -> "Bearer " + token + " " + token),
        header("two credentials folded", INVALID, token -> "Bearer " + token + ", Bearer " + token),
        header("two tokens joined by a comma", INVALID, token -> "Bearer " + token + "," + token),
        header("Bearer Bearer x", INVALID, token -> "Bearer Bearer x"),
        header("Bearer Bearer token", INVALID, token -> "Bearer Bearer " + token),
        header("tab after the scheme", INVALID, token -> "Bearer\t" + token),
        header("tab inside the token", INVALID, token -> "Bearer " + insert(token, "\t")),
        header("CRLF inside the token", INVALID, token -> "Bearer " + insert(token, "\r\n")),
        header(
            "header injection after the token",
            INVALID,
            token -> "Bearer " + token + "\r\nX-Injected: 1"),
        header("'<' inside the token", INVALID, token -> "Bearer " + insert(token, "<")),
        header("quote inside the token", INVALID, token -> "Bearer " + insert(token, "\"")),
        header("';' inside the token", INVALID, token -> "Bearer " + insert(token, ";")),
        header(
            "non-ASCII letter inside the token",
            INVALID,
            token -> "Bearer " + insert(token, "\u00e9")),
        header("NUL inside the token", INVALID, token -> "Bearer " + insert(token, "\u0000")),
        header("'=' inside the token", INVALID, token -> "Bearer " + insert(token, "=")),
        header("quoted token", INVALID, token -> "Bearer \"" + token + "\""),
        header("only padding", INVALID, token -> "Bearer ==="),
        header("100 KB token", INVALID, token -> "Bearer " + "A".repeat(100_000)),
        header(
            "valid token followed by 100 KB of spaces",
            INVALID,
            token -> "Bearer " + token + " ".repeat(100_000)),
        header("10 MB header", INVALID, token -> "Bearer " + "A".repeat(10 << 20)));
  }

  Stream<Named<Function<String, String>>> acceptedHeaders() {
    return Stream.of(
        Named.of("canonical Bearer", token -> "Bearer " + token),
        Named.of("lower-case scheme", token -> "bearer " + token),
        Named.of("upper-case scheme", token -> "BEARER " + token),
        Named.of("mixed-case scheme", token -> "bEaReR " + token),
        Named.of("several spaces after the scheme", token -> "Bearer   " + token));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedHeaders")
  void malformedHeaderIsRefused(HeaderCase malformed) {
    api.rejectHeader(malformed.header.apply(api.forge.valid()), malformed.reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedHeaders")
  void wellFormedHeaderIsAccepted(Function<String, String> header) {
    VerifiedAccessToken token = api.validator().validate(header.apply(api.forge.valid()));

    assertEquals(TokenForge.SUBJECT, token.subject());
  }

  private static Named<HeaderCase> header(
      String name, FailureReason reason, Function<String, String> header) {
    return Named.of(name, new HeaderCase(reason, header));
  }

  private static String insert(String token, String text) {
    int middle = token.length() / 2;
    return token.substring(0, middle) + text + token.substring(middle);
  }
}
