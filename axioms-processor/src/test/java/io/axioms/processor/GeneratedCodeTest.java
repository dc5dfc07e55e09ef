package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compileStrictly;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties of the generated source that the golden files do not show on their own. */
class GeneratedCodeTest {

  @Test
  void deprecatedInterfaceAndMethodsStayFreeOfDeprecationWarnings() throws IOException {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@Deprecated(since = \"2\", forRemoval = true)",
            "interface Api {",
            "  @Deprecated(forRemoval = true)",
            "  @HasValidAccessToken",
            "  String old(@BearerToken String authorization);",
            "}");

    Compilation compilation = compileStrictly(api);

    assertThat(compilation).succeededWithoutWarnings();
    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard)
        .contains(
            "@Deprecated(\n    since = \"2\",\n    forRemoval = true\n)\n"
                + "@SuppressWarnings(\"removal\")\nfinal class GuardedApi");
    assertThat(guard)
        .contains(
            "@Deprecated(\n      forRemoval = true\n  )\n  @SuppressWarnings(\"removal\")\n"
                + "  public String old(");
  }

  @Test
  void guardOfASerializableInterfaceSuppressesOnlyTheSerialLint() throws IOException {
    JavaFileObject base = source("Base", "interface Base<T> extends java.io.Serializable {}");
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api extends Base<String> {",
            "  @HasValidAccessToken",
            "  String get(@BearerToken String authorization);",
            "}");

    Compilation compilation = compileStrictly(base, api);

    assertThat(compilation).succeededWithoutWarnings();
    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard).contains("@SuppressWarnings(\"serial\")\nfinal class GuardedApi");
    assertThat(guard).contains("is not meant to be serialized");
  }

  @Test
  void serialIsSuppressedBesideRemoval() throws IOException {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@Deprecated(forRemoval = true)",
            "interface Api extends java.io.Serializable {",
            "  @HasValidAccessToken",
            "  String get(@BearerToken String authorization);",
            "}");

    Compilation compilation = compileStrictly(api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedGuard(compilation, "test.GuardedApi"))
        .contains("@SuppressWarnings({\"removal\", \"serial\"})\nfinal class GuardedApi");
  }

  @Test
  void guardOfAnInterfaceThatIsNotSerializableSuppressesNothing() throws IOException {
    Compilation compilation = compileStrictly(publicApi());

    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard).doesNotContain("SuppressWarnings");
    assertThat(guard).doesNotContain("Serializable");
  }

  @Test
  void guardCarriesGeneratedWithoutADate() throws IOException {
    Compilation compilation = compileStrictly(publicApi());

    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard).contains("@Generated(\"io.axioms.processor.AxiomsProcessor\")\n");
    assertThat(guard).doesNotContain("date =");
  }

  @Test
  void java8TargetGetsNoGeneratedAnnotation() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AxiomsProcessor())
            .withOptions("--release", "8", "-Xlint:all", "-Xlint:-options", "-Werror")
            .compile(publicApi());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedGuard(compilation, "test.GuardedApi")).doesNotContain("@Generated");
  }

  @Test
  void outputIsTheSameOnEveryRun() throws IOException {
    String first = generatedGuard(compileStrictly(publicApi()), "test.GuardedApi");
    String second = generatedGuard(compileStrictly(publicApi()), "test.GuardedApi");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void methodsNamedAlikeGetDistinctPolicyConstants() throws IOException {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "interface Api {",
            "  String getOrder(@BearerToken String authorization);",
            "  String get_order(@BearerToken String authorization);",
            "  String getOrder(@BearerToken String authorization, int id);",
            "}");

    Compilation compilation = compileStrictly(api);

    assertThat(compilation).succeededWithoutWarnings();
    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard).contains("(authorization, GET_ORDER_POLICY)");
    assertThat(guard).contains("(authorization, GET_ORDER_2_POLICY)");
    assertThat(guard).contains("(authorization, GET_ORDER_3_POLICY)");
  }

  @Test
  void guardOfAnInterfaceThatInheritsGuardedMethodsOverridesThemToo() throws IOException {
    JavaFileObject base =
        source(
            "Base",
            "@Guarded",
            "interface Base<T> {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(\"read\")",
            "  T find(@BearerToken String authorization, String id);",
            "}");
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api extends Base<Integer> {",
            "  @Public",
            "  String health();",
            "}");

    Compilation compilation = compileStrictly(base, api);

    assertThat(compilation).succeededWithoutWarnings();
    String guard = generatedGuard(compilation, "test.GuardedApi");
    assertThat(guard).contains("public Integer find(String authorization, String id)");
    assertThat(guard).contains("AccessPolicy.of(Requirement.anyScope(\"read\"))");
  }

  @Test
  void requirementsAreCheckedInExactSourceOrderAcrossRepeats() throws IOException {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "@HasRequiredRoles(\"i1\")",
            "@HasRequiredScopes(\"i2\")",
            "@HasRequiredRoles(\"i3\")",
            "interface Api {",
            "  @HasRequiredScopes(\"a\")",
            "  @HasRequiredRoles(\"r\")",
            "  @HasRequiredScopes(\"b\")",
            "  String get(@BearerToken String authorization);",
            "}");

    Compilation compilation = compileStrictly(api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedGuard(compilation, "test.GuardedApi"))
        .contains(
            "AccessPolicy.of(\n"
                + "      Requirement.anyRole(\"i1\"),\n"
                + "      Requirement.anyScope(\"i2\"),\n"
                + "      Requirement.anyRole(\"i3\"),\n"
                + "      Requirement.anyScope(\"a\"),\n"
                + "      Requirement.anyRole(\"r\"),\n"
                + "      Requirement.anyScope(\"b\"));");
  }

  @Test
  void constantsAreAcceptedAsValues() throws IOException {
    JavaFileObject scopes =
        source(
            "Scopes",
            "final class Scopes {",
            "  static final String READ = \"orders:\" + \"read\";",
            "  private Scopes() {}",
            "}");
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(Scopes.READ)",
            "  String get(@BearerToken String authorization);",
            "}");

    Compilation compilation = compileStrictly(scopes, api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedGuard(compilation, "test.GuardedApi"))
        .contains("Requirement.anyScope(\"orders:read\"));");
  }

  private static JavaFileObject publicApi() {
    return source(
        "Api",
        "@Guarded",
        "public interface Api {",
        "  @HasValidAccessToken",
        "  @HasRequiredScopes(\"a\")",
        "  String get(@BearerToken String authorization);",
        "}");
  }

  private static String generatedGuard(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }
}
