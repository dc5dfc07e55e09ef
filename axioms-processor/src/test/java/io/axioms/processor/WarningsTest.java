package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compile;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Legal but suspicious policies warn, and {@code @SuppressWarnings("axioms")} silences them. */
class WarningsTest {

  @Test
  void repeatedValueWarnsAtTheRepeat() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"a\",",
            "      \"a\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "@HasRequiredScopes lists \"a\" more than once: remove the repeat (or silence this"
                + " with @SuppressWarnings(\"axioms\"))")
        .inFile(api)
        .onLineContaining("\"a\"})");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void wideningRequirementIsImpliedByANarrowerOne() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredRoles({\"clerk\", \"admin\"})",
            "  @HasRequiredRoles(\"admin\")",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "@HasRequiredRoles({\"clerk\", \"admin\"}) is implied by @HasRequiredRoles(\"admin\"),"
                + " which already demands one of these values: remove it (or silence this with"
                + " @SuppressWarnings(\"axioms\"))")
        .inFile(api)
        .onLineContaining("{\"clerk\", \"admin\"}");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void sameRequirementTwiceWarnsOnTheSecond() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredPermissions(\"p\")",
            "  @HasRequiredPermissions(value = \"p\")",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadWarningContaining("@HasRequiredPermissions(\"p\") is implied by")
        .inFile(api)
        .onLineContaining("value = \"p\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void methodRequirementImpliedByTheInterfaceWarns() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "@HasRequiredScopes(\"orders\")",
            "interface Api {",
            "  @HasRequiredScopes({\"orders\", \"admin\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadWarningContaining(
            "@HasRequiredScopes({\"orders\", \"admin\"}) is implied by"
                + " @HasRequiredScopes(\"orders\") on the interface")
        .inFile(api)
        .onLineContaining("{\"orders\", \"admin\"}");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void differentClaimsDoNotImplyEachOther() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"a\", \"b\"})",
            "  @HasRequiredRoles(\"a\")",
            "  @HasRequiredScopes(\"c\")",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void tokenOnMethodAndInterfaceWarns() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "interface Api {",
            "  @HasValidAccessToken",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadWarningContaining(
            "@HasValidAccessToken on put() repeats the one on interface test.Api: remove it (or"
                + " silence this with @SuppressWarnings(\"axioms\"))")
        .inFile(api)
        .onLineContaining("  @HasValidAccessToken");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsOnTheMethodSilencesItsWarnings() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "interface Api {",
            "  @SuppressWarnings(\"axioms\")",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"a\", \"a\"})",
            "  void put(@BearerToken String authorization);",
            "",
            "  @HasRequiredScopes({\"b\", \"b\"})",
            "  void post(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadWarningContaining("@HasRequiredScopes lists \"b\" more than once")
        .inFile(api)
        .onLineContaining("{\"b\", \"b\"}");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsOnTheInterfaceSilencesAllItsWarnings() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@SuppressWarnings(\"axioms\")",
            "@HasValidAccessToken",
            "@HasRequiredRoles({\"x\", \"x\"})",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"a\", \"a\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void otherSuppressionKeysDoNotSilence() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @SuppressWarnings(\"unchecked\")",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"a\", \"a\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).hadWarningCount(1);
  }

  @Test
  void suppressWarningsDoesNotSilenceErrors() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@SuppressWarnings(\"axioms\")",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@HasRequiredScopes lists no scope");
    assertThat(compilation).hadErrorCount(1);
  }
}
