package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compile;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules about where the annotations may appear at all. */
class PlacementRulesTest {

  @Test
  void guardedClassIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "class Api {",
            "  @HasValidAccessToken",
            "  String orders(@BearerToken String authorization) { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded applies only to interfaces, and test.Api is a class: declare it as an"
                + " interface, or remove @Guarded")
        .inFile(api)
        .onLineContaining("@Guarded");
    // The method's annotations are not reported again.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void guardedEnumIsAnError() {
    JavaFileObject api = source("Api", "@Guarded", "enum Api { ONE }");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@Guarded applies only to interfaces, and test.Api is an enum")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void guardedAnnotationTypeIsAnError() {
    JavaFileObject api = source("Api", "@Guarded", "@interface Api {}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded applies only to interfaces, and test.Api is an annotation type")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sealedGuardedInterfaceIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "sealed interface Api permits Impl {",
            "  @Public",
            "  String health();",
            "}",
            "final class Impl implements Api {",
            "  public String health() { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded cannot guard sealed interface test.Api, because the generated GuardedApi is"
                + " not one of its permitted subtypes: remove 'sealed', or remove @Guarded")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedGuardedInterfaceIsAnError() {
    JavaFileObject api =
        source(
            "Outer",
            "class Outer {",
            "  @Guarded",
            "  private interface Api {",
            "    @Public",
            "    String health();",
            "  }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded cannot guard test.Outer.Api, because it is private and the generated"
                + " GuardedOuter_Api in its package could not implement it: make the interface"
                + " package-private or public")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void guardedInterfaceInsideAPrivateClassIsAnError() {
    JavaFileObject api =
        source(
            "Outer",
            "class Outer {",
            "  private static class Hidden {",
            "    @Guarded",
            "    interface Api {",
            "      @Public",
            "      String health();",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded cannot guard test.Outer.Hidden.Api, because it is nested in private Hidden"
                + " and the generated GuardedOuter_Hidden_Api in its package could not implement"
                + " it: make the enclosing type package-private or public")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annotationOnClassMethodIsAnError() {
    JavaFileObject api =
        source(
            "Handler",
            "class Handler {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(\"a\")",
            "  String orders(@BearerToken String authorization) { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken has no effect here, because orders() belongs to class Handler,"
                + " not to an interface: put it on a method of a @Guarded interface, or remove it")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation)
        .hadErrorContaining("@HasRequiredScopes has no effect here")
        .inFile(api)
        .onLineContaining("@HasRequiredScopes(\"a\")");
    assertThat(compilation)
        .hadErrorContaining("@BearerToken has no effect here")
        .inFile(api)
        .onLineContaining("@BearerToken");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void annotationOnClassIsAnError() {
    JavaFileObject api = source("Handler", "@HasValidAccessToken", "class Handler {}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken has no effect here, because class Handler is not an interface:"
                + " put it on a @Guarded interface or one of its methods, or remove it")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void repeatedAnnotationsOnRecordAreEachAnError() {
    JavaFileObject api =
        source(
            "Handler",
            "@HasRequiredRoles(\"a\")",
            "@HasRequiredRoles(\"b\")",
            "record Handler() {}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredRoles has no effect here, because record Handler is not an interface")
        .inFile(api)
        .onLineContaining("@HasRequiredRoles(\"a\")");
    assertThat(compilation)
        .hadErrorContaining("@HasRequiredRoles has no effect here")
        .inFile(api)
        .onLineContaining("@HasRequiredRoles(\"b\")");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void annotationInInterfaceWithoutGuardedIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "interface Api {",
            "  @HasValidAccessToken",
            "  String orders(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken has no effect here, because interface Api is not @Guarded: add"
                + " @Guarded to the interface, or remove @HasValidAccessToken")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation)
        .hadErrorContaining(
            "@BearerToken has no effect here, because interface Api is not @Guarded")
        .inFile(api)
        .onLineContaining("@BearerToken");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void annotationOnInterfaceWithoutGuardedIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@HasValidAccessToken",
            "interface Api {",
            "  String orders(String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken has no effect here, because interface Api is not @Guarded")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annotationOnStaticMethodIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  static String orders(@BearerToken String authorization) { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken has no effect here, because orders() is static, and a guard"
                + " cannot intercept a static method: make it an abstract or default method, or"
                + " remove @HasValidAccessToken")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation)
        .hadErrorContaining("@BearerToken has no effect here")
        .inFile(api)
        .onLineContaining("@BearerToken");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void annotationOnPrivateMethodIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @Public",
            "  private String orders() { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Public has no effect here, because orders() is private, and a guard cannot"
                + " intercept a private method: make it an abstract or default method, or remove"
                + " @Public")
        .inFile(api)
        .onLineContaining("@Public");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annotationOnARedeclaredObjectMethodIsAnError() {
    JavaFileObject api =
        source("Api", "@Guarded", "interface Api {", "  @Public", "  String toString();", "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Public has no effect here, because toString() redeclares a method of Object, which"
                + " the guard inherits and cannot intercept: remove @Public")
        .inFile(api)
        .onLineContaining("@Public");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annotationInNestedInterfaceOfAGuardedOneIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @Public",
            "  String health();",
            "",
            "  interface Inner {",
            "    @Public String ping();",
            "  }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@Public has no effect here, because interface Inner is not @Guarded")
        .inFile(api)
        .onLineContaining("String ping()");
    assertThat(compilation).hadErrorCount(1);
  }
}
