package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the annotation processor sources that do not compile, and sources that misuse the
 * annotations, and checks that each ends in a compile error and never in a processor crash.
 *
 * <p>The processor is found the way javac finds it, through {@link ServiceLoader}, so this suite
 * tests what a user's build actually loads.
 */
class BrokenSourceTest {

  private static final String IMPORTS = "package test;\nimport io.axioms.annotations.*;\n";

  /** Sources javac itself rejects; the processor runs over them and must stay quiet. */
  static Stream<Named<String>> brokenSources() {
    return Stream.of(
        Named.of(
            "unknown return type",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken Missing get(@BearerToken String h);\n}"),
        Named.of(
            "unknown parameter type",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h, Missing m);\n}"),
        Named.of(
            "unknown super-interface",
            "@Guarded public interface Api extends MissingBase {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h);\n}"),
        Named.of(
            "unknown type-variable bound",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken <T extends Missing> T get(@BearerToken String h);\n}"),
        Named.of(
            "unknown exception in throws clause",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h) throws MissingE;\n}"),
        Named.of(
            "missing semicolon",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h)\n}"),
        Named.of(
            "missing closing brace",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h);\n"),
        Named.of(
            "undefined constant as scope",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes(UNDEFINED_SCOPE)\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "number as scope",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes(42)\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "null as scope",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes({null})\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "unknown annotation attribute",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredRoles(names = \"admin\")\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "non-constant scope expression",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes(String.valueOf(1))\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "non-repeatable annotation repeated",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasValidAccessToken\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "Guarded on a method",
            "public interface Api {\n"
                + "  @Guarded @HasValidAccessToken String get(@BearerToken String h);\n}"),
        Named.of(
            "generated name already taken",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken String h);\n}\n"
                + "final class GuardedApi {}"),
        Named.of(
            "default method body does not compile",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken default String get(@BearerToken String h) {\n"
                + "    return undefinedCall();\n  }\n}"));
  }

  /** Sources that are valid Java but misuse the annotations: the processor must say so. */
  static Stream<Named<String>> misusedAnnotations() {
    return Stream.of(
        Named.of(
            "scope without a token requirement",
            "@Guarded public interface Api {\n"
                + "  @HasRequiredScopes(\"read\") String get(@BearerToken String h);\n}"),
        Named.of(
            "token requirement after a role",
            "@Guarded public interface Api {\n"
                + "  @HasRequiredRoles(\"admin\") @HasValidAccessToken\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "empty scope list",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes({})\n"
                + "  String get(@BearerToken String h);\n"
                + "}"),
        Named.of(
            "blank permission",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredPermissions(\" \")\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "scope with whitespace",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes(\"read write\")\n"
                + "  String get(@BearerToken String h);\n}"),
        Named.of(
            "method without a policy",
            "@Guarded public interface Api {\n  String get(@BearerToken String h);\n}"),
        Named.of(
            "Public with a token requirement",
            "@Guarded public interface Api {\n"
                + "  @Public @HasValidAccessToken String get(@BearerToken String h);\n}"),
        Named.of(
            "no way to read the credential",
            "@Guarded public interface Api {\n  @HasValidAccessToken String get(String h);\n}"),
        Named.of(
            "BearerToken on an int",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken String get(@BearerToken int h);\n}"),
        Named.of(
            "Guarded on a class",
            "@Guarded public class Api {\n"
                + "  @HasValidAccessToken public String get(@BearerToken String h) {\n"
                + "    return h;\n  }\n}"),
        Named.of("Guarded on an enum", "@Guarded public enum Api { ONE; }"),
        Named.of(
            "static interface method",
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken static String get(@BearerToken String h) {\n"
                + "    return h;\n  }\n}"));
  }

  @Test
  void processorIsFoundOnTheClassPathAndAcceptsAGoodSource() {
    Compilation compilation =
        compile(
            "@Guarded public interface Api {\n"
                + "  @HasValidAccessToken @HasRequiredScopes(\"read\")\n"
                + "  String get(@BearerToken String h);\n}");

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertTrue(
        compilation.generatedSourceFiles().stream()
            .anyMatch(file -> file.getName().endsWith("GuardedApi.java")),
        "the processor generated no GuardedApi: " + compilation.generatedSourceFiles());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSources")
  void brokenSourceFailsWithoutCrashingTheProcessor(String body) {
    Compilation compilation = compile(body);

    assertFailedCleanly(compilation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misusedAnnotations")
  void misuseIsACompileErrorNamingTheAnnotation(String body) {
    Compilation compilation = compile(body);

    assertFailedCleanly(compilation);
    assertTrue(
        compilation.errors().stream().anyMatch(BrokenSourceTest::namesAnAxiomsAnnotation),
        "no error names the misused annotation: " + describe(compilation));
  }

  private static Compilation compile(String body) {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Api", IMPORTS + body);
    List<Processor> processors = axiomsProcessors();
    try {
      return Compiler.javac().withProcessors(processors).compile(source);
    } catch (RuntimeException crash) {
      throw new AssertionError("the processor crashed instead of reporting an error", crash);
    }
  }

  private static List<Processor> axiomsProcessors() {
    List<Processor> processors =
        ServiceLoader.load(Processor.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(processor -> processor.getClass().getName().startsWith("io.axioms."))
            .collect(Collectors.toList());
    assertFalse(processors.isEmpty(), "no io.axioms annotation processor is registered");
    return processors;
  }

  private static void assertFailedCleanly(Compilation compilation) {
    assertEquals(Compilation.Status.FAILURE, compilation.status(), describe(compilation));
    assertFalse(compilation.errors().isEmpty(), "a failed compilation reported no error");
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertFalse(looksLikeACrash(message), "the processor crashed: " + message);
    }
  }

  private static boolean looksLikeACrash(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("processor threw")
        || lower.contains("uncaught exception")
        || lower.contains("exception:")
        || lower.contains("\tat ");
  }

  private static boolean namesAnAxiomsAnnotation(Diagnostic<? extends JavaFileObject> error) {
    String message = error.getMessage(Locale.ROOT);
    return Stream.of(
            "@Guarded",
            "@HasValidAccessToken",
            "@HasRequiredScopes",
            "@HasRequiredRoles",
            "@HasRequiredPermissions",
            "@Public",
            "@BearerToken")
        .anyMatch(message::contains);
  }

  private static String describe(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(diagnostic -> diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n", "diagnostics:\n", ""));
  }
}
