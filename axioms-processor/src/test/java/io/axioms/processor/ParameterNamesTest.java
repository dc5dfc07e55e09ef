package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compileStrictly;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameter names that could hide a name the guard's method body uses. */
class ParameterNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AccessTokenContext",
        "VerifiedAccessToken",
        "AccessTokenValidator",
        "Binding",
        "Objects",
        "AccessPolicy",
        "Requirement",
        "GuardedApi",
        "token",
        "binding",
        "delegate",
        "validator"
      })
  void parameterNamedLikeANameOfTheGuardBodyCompiles(String name) {
    Compilation compilation = compileStrictly(apiWithParameter(name));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typeHiddenByAParameterIsReferredToByItsCanonicalName() throws IOException {
    Compilation compilation = compileStrictly(apiWithParameter("AccessTokenContext"));

    String guard = guard(compilation);
    assertThat(guard)
        .contains(
            "AccessTokenContext.Binding binding ="
                + " io.axioms.runtime.AccessTokenContext.bind(token);");
  }

  @Test
  void typeNotHiddenKeepsItsSimpleName() throws IOException {
    Compilation compilation = compileStrictly(apiWithParameter("context"));

    assertThat(guard(compilation))
        .contains("AccessTokenContext.Binding binding = AccessTokenContext.bind(token);");
  }

  @Test
  void policyHiddenByAParameterIsQualifiedEvenWhenTheGuardNameIsHiddenToo() throws IOException {
    Compilation compilation =
        compileStrictly(
            apiWithMethods(
                "  @HasValidAccessToken",
                "  String get(@BearerToken String GuardedApi, String GET_POLICY);"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(guard(compilation)).contains("(GuardedApi, test.GuardedApi.GET_POLICY)");
  }

  @Test
  void localsAreRenamedAwayFromParameters() throws IOException {
    Compilation compilation =
        compileStrictly(
            apiWithMethods(
                "  @HasValidAccessToken",
                "  String get(@BearerToken String token, String binding, String delegate,"
                    + " String validator);"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(guard(compilation))
        .contains(
            "VerifiedAccessToken token2 = this.validator.authorize(token, GET_POLICY);\n"
                + "    AccessTokenContext.Binding binding2 = AccessTokenContext.bind(token2);\n"
                + "    try {\n"
                + "      return this.delegate.get(token, binding, delegate, validator);\n"
                + "    } finally {\n"
                + "      binding2.close();");
  }

  /** Returns an interface whose guarded method has a parameter of that name, besides the token. */
  private static JavaFileObject apiWithParameter(String name) {
    return apiWithMethods(
        "  @HasValidAccessToken",
        "  @HasRequiredScopes(\"a\")",
        "  String get(@BearerToken String authorization, String " + name + ");",
        "  @HasValidAccessToken",
        "  String name(@BearerToken String " + name + ");");
  }

  /** Returns the {@code @Guarded} interface {@code test.Api} with these member lines. */
  private static JavaFileObject apiWithMethods(String... members) {
    String[] lines = new String[members.length + 3];
    lines[0] = "@Guarded";
    lines[1] = "interface Api {";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[lines.length - 1] = "}";
    return source("Api", lines);
  }

  private static String guard(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("test.GuardedApi")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
