package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compile;
import static io.axioms.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Sources that javac rejects for reasons of their own: the processor must neither crash nor add
 * errors of its own about the guard it could not generate, beyond one explanation when the
 * interface waits in vain for a type.
 */
class BrokenSourcesTest {

  private static final String CRASH = "The Axioms processor failed";

  @Test
  void missingReturnType() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  Missing get(@BearerToken String authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
    assertThat(compilation)
        .hadNoteContaining(
            "GuardedApi was not generated, because test.Api refers to Missing, which does not"
                + " resolve: fix that type first");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingParameterType() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  String get(@BearerToken String authorization, Missing id);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void missingExceptionType() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  String get(@BearerToken String authorization) throws MissingException;",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void missingSuperinterface() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api extends MissingBase {",
                "  @Public",
                "  String health();",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void missingTypeInABound() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api<T extends Missing<T>> {",
                "  @HasValidAccessToken",
                "  T get(@BearerToken String authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void missingTypeInAnInheritedMethod() {
    Compilation compilation =
        compile(
            source(
                "Base",
                "@Guarded",
                "interface Base {",
                "  @HasValidAccessToken",
                "  List<Missing> all(@BearerToken String authorization);",
                "}"),
            source(
                "Api",
                "@Guarded",
                "interface Api extends Base {",
                "  @Public",
                "  String health();",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void syntaxErrorInTheGuardedInterface() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  String get(@BearerToken String authorization)",
                "}"));

    assertRejectedWithoutCrash(compilation, "';' expected");
  }

  @Test
  void syntaxErrorInAnotherFile() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  String get(@BearerToken String authorization);",
                "}"),
            source("Other", "class Other {", "  void broken( {}", "}"));

    assertRejectedWithoutCrash(compilation, "illegal start of type");
  }

  @Test
  void valueOfTheWrongType() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  @HasRequiredScopes(42)",
                "  String get(@BearerToken String authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "incompatible types");
  }

  @Test
  void valueReferringToAMissingConstant() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  @HasRequiredRoles({\"admin\", Roles.MISSING})",
                "  String get(@BearerToken String authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void valueThatIsNotAConstant() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  @HasRequiredRoles(Api.ROLE)",
                "  String get(@BearerToken String authorization);",
                "  String ROLE = new String(\"admin\");",
                "}"));

    assertRejectedWithoutCrash(compilation, "must be a constant");
  }

  @Test
  void misspelledAnnotationBesideOurs() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  @HasRequiredScopez(\"a\")",
                "  String get(@BearerToken String authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void bearerTokenOfAMissingType() {
    Compilation compilation =
        compile(
            source(
                "Api",
                "@Guarded",
                "interface Api {",
                "  @HasValidAccessToken",
                "  String get(@BearerToken Header authorization);",
                "}"));

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void policyErrorIsReportedWithoutErrorsAboutTheMissingGuard() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasRequiredScopes(\"a\")",
            "  String get(@BearerToken String authorization);",
            "}");
    JavaFileObject wiring =
        source(
            "Wiring",
            "class Wiring {",
            "  Api guard(Api api) { return new GuardedApi(api, null); }",
            "}");

    Compilation compilation = compile(api, wiring);

    assertRejectedWithoutCrash(compilation, "@HasRequiredScopes needs a valid access token");
  }

  @Test
  void missingTypeIsReportedWithoutErrorsAboutTheMissingGuard() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  Missing get(@BearerToken String authorization);",
            "}");
    JavaFileObject wiring =
        source(
            "Wiring",
            "class Wiring {",
            "  Api guard(Api api) { return new GuardedApi(api, null); }",
            "}");

    Compilation compilation = compile(api, wiring);

    assertRejectedWithoutCrash(compilation, "cannot find symbol");
  }

  @Test
  void guardReferencedBeforeItIsGeneratedCompiles() {
    JavaFileObject wiring =
        source(
            "Wiring",
            "class Wiring {",
            "  Api guard(Api api) { return new GuardedApi(api, header -> null); }",
            "}");
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  String get(@BearerToken String authorization);",
            "}");

    assertThat(compile(wiring, api)).succeededWithoutWarnings();
  }

  private static void assertRejectedWithoutCrash(Compilation compilation, String expectedError) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(expectedError);
    List<String> crashes =
        compilation.diagnostics().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.contains(CRASH))
            .toList();
    assertEquals(List.of(), crashes);
    List<String> aboutTheGuard =
        compilation.errors().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.contains("GuardedApi") || m.contains("GuardedBase"))
            .toList();
    assertEquals(List.of(), aboutTheGuard);
  }
}
