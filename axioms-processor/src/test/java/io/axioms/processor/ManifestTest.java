package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.axioms.processor.Sources.compileStrictly;
import static io.axioms.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The policy manifest: one resource per interface, deterministic, valid JSON strings. */
class ManifestTest {

  private static final String RESOURCE = "META-INF/axioms/test.Api.json";

  @Test
  void reorderingMethodsLeavesTheManifestUnchanged() throws IOException {
    String forward =
        manifest(
            "  @Public String health();",
            "  @HasValidAccessToken String orders(@BearerToken String authorization);");
    String backward =
        manifest(
            "  @HasValidAccessToken String orders(@BearerToken String authorization);",
            "  @Public String health();");

    assertThat(backward).isEqualTo(forward);
    assertThat(forward.indexOf("health()")).isLessThan(forward.indexOf("orders("));
  }

  @Test
  void changingAPolicyChangesOneLine() throws IOException {
    String before =
        manifest(
            "  @HasValidAccessToken @HasRequiredRoles(\"clerk\") void put(@BearerToken String a);");
    String after =
        manifest(
            "  @HasValidAccessToken @HasRequiredRoles(\"admin\") void put(@BearerToken String a);");

    assertThat(before.replace("\"clerk\"", "\"admin\"")).isEqualTo(after);
  }

  @Test
  void valuesAreEscapedAsJsonStrings() throws IOException {
    String manifest =
        manifest(
            "  @HasValidAccessToken @HasRequiredRoles(\"say \\\"hi\\\" \\\\ \\t\")",
            "  void put(@BearerToken String a);");

    assertThat(manifest).contains("\"anyOf\": [\"say \\\"hi\\\" \\\\ \\t\"]");
  }

  @Test
  void signaturesAreQualifiedAndIgnoreTypeAnnotations() throws IOException {
    String manifest =
        manifest(
            "  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
            "  @interface Nullable {}",
            "  @HasValidAccessToken",
            "  <T> void put(@BearerToken String a, @Nullable String b, List<T> c, int[]... d);");

    assertThat(manifest)
        .contains(
            "\"method\": \"put(java.lang.String,java.lang.String,java.util.List<T>,int[]...)\"");
  }

  @Test
  void publicMethodsAreListedWithoutRequirements() throws IOException {
    String manifest = manifest("  @Public int health();");

    assertThat(manifest)
        .contains(
            "      \"interface\": \"test.Api\",\n"
                + "      \"method\": \"health()\",\n"
                + "      \"access\": \"public\",\n"
                + "      \"requirements\": []\n");
  }

  @Test
  void inheritedMethodsNameTheInterfaceThatDeclaresThem() throws IOException {
    JavaFileObject base =
        source(
            "Base",
            "@Guarded",
            "interface Base {",
            "  @HasValidAccessToken @HasRequiredRoles(\"r\") void put(@BearerToken String a);",
            "}");
    JavaFileObject api =
        source("Api", "@Guarded", "interface Api extends Base {", "  @Public int health();", "}");

    Compilation compilation = compileStrictly(base, api);

    String manifest = read(compilation, RESOURCE);
    assertThat(manifest)
        .contains(
            "      \"interface\": \"test.Base\",\n"
                + "      \"method\": \"put(java.lang.String)\",\n"
                + "      \"access\": \"token\",\n"
                + "      \"requirements\": [\n"
                + "        {\"claim\": \"role\", \"anyOf\": [\"r\"]}\n");
  }

  @Test
  void defaultMethodsWithoutPolicyAreNotListed() throws IOException {
    String manifest =
        manifest("  @Public int health();", "  default int twice() { return 2 * health(); }");

    assertThat(manifest).doesNotContain("twice");
  }

  private static String manifest(String... members) throws IOException {
    String[] lines = new String[members.length + 3];
    lines[0] = "@Guarded";
    lines[1] = "interface Api {";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[lines.length - 1] = "}";
    JavaFileObject api = source("Api", lines);

    Compilation compilation = compileStrictly(api);

    assertThat(compilation).succeededWithoutWarnings();
    return read(compilation, RESOURCE);
  }

  private static String read(Compilation compilation, String resource) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, resource)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
