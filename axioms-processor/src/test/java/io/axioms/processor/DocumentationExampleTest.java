package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles the complete example of {@code docs/processor.md} exactly as written there, so that what
 * a user copies compiles cleanly with the processor.
 */
class DocumentationExampleTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "processor.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME =
      Pattern.compile("public (?:final )?(?:class|interface|record) (\\w+)");

  @Test
  void exampleCompilesWithoutWarnings() throws IOException {
    List<JavaFileObject> sources = exampleSources();

    Compilation compilation = Sources.compileStrictly(sources.toArray(new JavaFileObject[0]));

    assertThat(sources).hasSize(5);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.orders.GuardedOrdersApi");
  }

  @Test
  void documentedGuardMatchesTheGeneratedOne() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Compilation compilation =
        Sources.compileStrictly(exampleSources().toArray(new JavaFileObject[0]));
    String generated =
        compilation
            .generatedSourceFile("com.example.orders.GuardedOrdersApi")
            .orElseThrow()
            .getCharContent(true)
            .toString();

    Matcher shown = JAVA_BLOCK.matcher(document);
    String excerpt = null;
    while (shown.find()) {
      if (shown.group(1).startsWith("@Generated")) {
        excerpt = shown.group(1);
      }
    }
    for (String line : excerpt.split("\n")) {
      if (!line.isBlank() && !line.contains("follow the same pattern") && !line.equals("}")) {
        assertThat(generated).contains(line + "\n");
      }
    }
  }

  /** Returns the document's Java blocks that are whole files of the example's package. */
  private static List<JavaFileObject> exampleSources() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(document);
    while (block.find()) {
      String code = block.group(1);
      if (code.startsWith("package com.example.orders;")) {
        Matcher name = TYPE_NAME.matcher(code);
        name.find();
        sources.add(JavaFileObjects.forSourceString("com.example.orders." + name.group(1), code));
      }
    }
    return sources;
  }
}
