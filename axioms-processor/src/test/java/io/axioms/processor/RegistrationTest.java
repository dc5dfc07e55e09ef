package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.JavaFile;
import io.axioms.annotations.Guarded;
import io.axioms.runtime.AccessTokenValidator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor is found the way build tools find it: through its service registration on a
 * processor path, as {@code javac -processorpath} and Maven's {@code annotationProcessorPaths} use
 * it, and it tells Gradle that it is isolating.
 */
class RegistrationTest {

  @Test
  void javacFindsTheProcessorOnTheProcessorPath(@TempDir Path directory) throws Exception {
    Path source = directory.resolve("Api.java");
    Files.writeString(
        source,
        "package test;\n"
            + "import io.axioms.annotations.*;\n"
            + "@Guarded\n"
            + "public interface Api {\n"
            + "  @Public String health();\n"
            + "}\n");
    String processorPath = pathOf(AxiomsProcessor.class, JavaFile.class, Guarded.class);
    String classPath = pathOf(Guarded.class, AccessTokenValidator.class);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                diagnostics,
                diagnostics,
                "-processorpath",
                processorPath,
                "-classpath",
                classPath,
                "-Xlint:all",
                "-Werror",
                "-d",
                directory.toString(),
                source.toString());

    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(0);
    assertThat(Files.exists(directory.resolve("test/GuardedApi.class"))).isTrue();
    assertThat(Files.exists(directory.resolve("META-INF/axioms/test.Api.json"))).isTrue();
  }

  @Test
  void processorSupportsEveryAxiomsAnnotationAndNoOthersButGenerated() throws Exception {
    Set<String> annotations = new TreeSet<>();
    Path classes =
        Path.of(Guarded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes);
        Stream<Path> files = Files.walk(jar == null ? classes : jar.getPath("/"))) {
      for (Path file : files.filter(RegistrationTest::isTypeClassFile).toList()) {
        String relative = (jar == null ? classes.relativize(file) : file).toString();
        String name = relative.replaceAll("^/", "").replace(".class", "").replace('/', '.');
        Class<?> type = Class.forName(name);
        if (type.isAnnotation()) {
          annotations.add(type.getCanonicalName());
        }
      }
    }
    annotations.add("javax.annotation.processing.Generated");

    Set<String> supported = new TreeSet<>(new AxiomsProcessor().getSupportedAnnotationTypes());

    assertThat(annotations).hasSize(11);
    assertThat(supported).isEqualTo(annotations);
  }

  @Test
  void gradleIsToldTheProcessorIsIsolating() throws IOException {
    String registration = resource("META-INF/gradle/incremental.annotation.processors");

    assertThat(registration.trim()).isEqualTo(AxiomsProcessor.class.getName() + ",isolating");
  }

  @Test
  void serviceRegistrationNamesTheProcessor() throws IOException {
    String registration = resource("META-INF/services/javax.annotation.processing.Processor");

    assertThat(registration.trim()).isEqualTo(AxiomsProcessor.class.getName());
  }

  private static String pathOf(Class<?>... types) throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : types) {
      entries.add(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static boolean isTypeClassFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".class") && !name.contains("-info");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AxiomsProcessor.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
