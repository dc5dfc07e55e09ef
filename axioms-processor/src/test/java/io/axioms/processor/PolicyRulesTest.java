package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compile;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules about which policy annotations a guarded method may carry, and in what order. */
class PolicyRulesTest {

  @Test
  void claimOnMethodWithoutTokenIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasRequiredScopes(\"orders:read\")",
            "  String get(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredScopes needs a valid access token, but no @HasValidAccessToken is in"
                + " force: add @HasValidAccessToken before it, on the method or its interface")
        .inFile(api)
        .onLineContaining("@HasRequiredScopes(\"orders:read\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void claimOnInterfaceWithoutTokenOnInterfaceIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasRequiredPermissions(\"orders:write\")",
            "interface Api {",
            "  @HasValidAccessToken",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredPermissions needs a valid access token, but no @HasValidAccessToken is"
                + " in force: add @HasValidAccessToken before it, on the interface")
        .inFile(api)
        .onLineContaining("@HasRequiredPermissions(\"orders:write\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void claimOnMethodIsSatisfiedByTokenOnInterface() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "interface Api {",
            "  @HasRequiredRoles(\"clerk\")",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void tokenAfterClaimIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasRequiredRoles(\"clerk\")",
            "  @HasValidAccessToken",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasValidAccessToken must come before @HasRequiredRoles, because the guard checks in"
                + " source order and the token comes first: move @HasValidAccessToken above"
                + " @HasRequiredRoles")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tokenAfterClaimIsAnErrorOnTheInterface() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasRequiredScopes(\"a\")",
            "@HasValidAccessToken",
            "interface Api {",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@HasValidAccessToken must come before @HasRequiredScopes")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tokenBetweenRepeatsOfOneClaimIsAnError() {
    // javac groups both scope annotations into one container placed at the first of them.
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasRequiredScopes(\"a\")",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(\"b\")",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@HasValidAccessToken must come before @HasRequiredScopes")
        .inFile(api)
        .onLineContaining("@HasValidAccessToken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tokenBeforeInterleavedRepeatsIsAccepted() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(\"a\")",
            "  @HasRequiredRoles(\"r\")",
            "  @HasRequiredScopes(\"b\")",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void emptyValueListIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredRoles({})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredRoles lists no role, so no token could satisfy it: list the accepted"
                + " roles, or remove the annotation")
        .inFile(api)
        .onLineContaining("@HasRequiredRoles({})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void blankValueIsAnErrorAtThatValue() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredPermissions({",
            "      \"orders:read\",",
            "      \"  \"",
            "  })",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredPermissions has a blank permission, which no token carries: write the"
                + " permission exactly as the token carries it, or remove the value")
        .inFile(api)
        .onLineContaining("\"  \"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void blankValueInARepeatedAnnotationIsAnErrorAtThatValue() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes(\"a\")",
            "  @HasRequiredScopes({\"b\",",
            "      \"\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@HasRequiredScopes has a blank scope")
        .inFile(api)
        .onLineContaining("\"\"})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void emptyRepeatedAnnotationIsAnErrorAtThatRepeat() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredRoles(\"a\")",
            "  @HasRequiredRoles({})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@HasRequiredRoles lists no role")
        .inFile(api)
        .onLineContaining("@HasRequiredRoles({})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void scopeWithWhitespaceIsAnErrorAtThatValue() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredScopes({\"openid\",",
            "      \"orders:read orders:write\"})",
            "  void put(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@HasRequiredScopes value \"orders:read orders:write\" contains whitespace, which a"
                + " scope never does: write each scope as its own value, as in {\"a\", \"b\"}")
        .inFile(api)
        .onLineContaining("\"orders:read orders:write\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void roleWithInnerSpaceIsAccepted() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  @HasRequiredRoles(\"Order Clerks\")",
            "  void put(@BearerToken String authorization);",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void methodWithoutPolicyIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @Public",
            "  String health();",
            "",
            "  String orders(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "orders() in @Guarded interface test.Api has no policy: add @HasValidAccessToken"
                + " (with any scope, role or permission requirements) or @Public, to the method or,"
                + " for the token, to the interface")
        .inFile(api)
        .onLineContaining("String orders(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void publicWithTokenIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @Public",
            "  @HasValidAccessToken",
            "  String health(@BearerToken String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Public cannot be combined with @HasValidAccessToken on the same method: remove"
                + " @Public to require a token, or remove @HasValidAccessToken to leave the method"
                + " open")
        .inFile(api)
        .onLineContaining("@Public");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void publicWithClaimIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "interface Api {",
            "  @Public",
            "  @HasRequiredRoles(\"admin\")",
            "  String health();",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@Public cannot be combined with @HasRequiredRoles on the same method")
        .inFile(api)
        .onLineContaining("@Public");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void publicMethodOfATokenInterfaceNeedsNoCredential() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "@HasValidAccessToken",
            "@HasRequiredScopes(\"a\")",
            "interface Api {",
            "  @Public",
            "  String health();",
            "}");

    assertThat(compile(api)).succeededWithoutWarnings();
  }

  @Test
  void guardedMethodWithoutBearerTokenIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  String orders(String authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "orders() needs a valid access token but has no parameter to read it from: add a"
                + " String parameter marked @BearerToken that receives the Authorization header")
        .inFile(api)
        .onLineContaining("String orders(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void bearerTokenOfAnotherTypeIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  String orders(",
            "      @BearerToken char[] authorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@BearerToken must mark a String parameter, and authorization is a parameter of type"
                + " char[]: declare it as String, the raw Authorization header value")
        .inFile(api)
        .onLineContaining("@BearerToken char[]");
    // The method has no usable credential parameter either.
    assertThat(compilation).hadErrorContaining("orders() needs a valid access token");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void secondBearerTokenIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasValidAccessToken",
            "  String orders(@BearerToken String authorization,",
            "      @BearerToken String proxyAuthorization);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@BearerToken may mark only one parameter, and orders() already reads the credential"
                + " from authorization: remove this @BearerToken")
        .inFile(api)
        .onLineContaining("@BearerToken String proxyAuthorization");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultMethodWithClaimButNoTokenIsAnError() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api {",
            "  @HasRequiredRoles(\"admin\")",
            "  default String orders(@BearerToken String authorization) { return \"\"; }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("@HasRequiredRoles needs a valid access token")
        .inFile(api)
        .onLineContaining("@HasRequiredRoles(\"admin\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void inheritedMethodWithoutPolicyIsAnErrorOnTheGuardedInterface() {
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api extends Runnable {",
            "  @Public",
            "  String health();",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded interface test.Api inherits run() from java.lang.Runnable, which has no"
                + " policy: redeclare the method in test.Api with @HasValidAccessToken or @Public")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void errorInInheritedGuardedMethodIsReportedOnBothInterfaces() {
    JavaFileObject base =
        source(
            "Base",
            "@Guarded",
            "interface Base {",
            "  @HasValidAccessToken",
            "  String orders(String authorization);",
            "}");
    JavaFileObject api =
        source(
            "Api",
            "@Guarded",
            "interface Api extends Base {",
            "  @Public",
            "  String health();",
            "}");

    Compilation compilation = compile(base, api);

    assertThat(compilation)
        .hadErrorContaining("orders() needs a valid access token")
        .inFile(base)
        .onLineContaining("String orders(");
    assertThat(compilation)
        .hadErrorContaining(
            "@Guarded interface test.Api inherits orders() from test.Base, whose policy has"
                + " errors: fix the errors reported on test.Base")
        .inFile(api)
        .onLineContaining("@Guarded");
    assertThat(compilation).hadErrorCount(2);
  }
}
