package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the generated guards and manifests of representative interfaces with reviewed copies
 * under {@code src/test/resources/golden/<case>/expected}. After an intended change of the output,
 * rewrite them with {@code mvn test -Dtest=GoldenFilesTest -Daxioms.golden.update=true} and review
 * the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("axioms.golden.update");

  @ParameterizedTest
  @ValueSource(strings = {"orders", "repository", "nested"})
  void outputMatchesTheReviewedCopy(String name) throws IOException {
    Path input = GOLDEN.resolve(name).resolve("input");
    Path expected = GOLDEN.resolve(name).resolve("expected");

    Compilation compilation =
        Sources.compileStrictly(sourcesIn(input).toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = generatedFiles(compilation);

    if (UPDATE) {
      rewrite(expected, generated);
    }
    assertEquals(filesIn(expected), generated);
  }

  private static List<JavaFileObject> sourcesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(GoldenFilesTest::source)
          .toList();
    }
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns each generated source and resource by its path under the output roots. */
  private static Map<String, String> generatedFiles(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.endsWith(".java")) {
        files.put(
            path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()),
            read(file));
      } else if (path.endsWith(".json")) {
        files.put(
            path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()), read(file));
      }
    }
    return files;
  }

  private static String read(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> filesIn(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String relative = directory.relativize(file).toString().replace('\\', '/');
        files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path directory, Map<String, String> generated) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path target = directory.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
