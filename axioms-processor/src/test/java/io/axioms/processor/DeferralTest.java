package io.axioms.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An interface that uses a type another processor generates waits for it, then is guarded. */
class DeferralTest {

  @Test
  void interfaceWaitsForATypeGeneratedInALaterRound() {
    // Had the processor not waited, it would have written the unresolved name without an import,
    // and the guard, in another package than Later, would not compile.
    JavaFileObject api =
        JavaFileObjects.forSourceString(
            "test.Api",
            "package test;\n"
                + "import io.axioms.annotations.*;\n"
                + "import later.*;\n"
                + "@Guarded\n"
                + "interface Api {\n"
                + "  @HasValidAccessToken\n"
                + "  Later get(@BearerToken String authorization);\n"
                + "}\n");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SecondRoundGenerator(), new AxiomsProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.GuardedApi");
  }

  /** Generates {@code later.Later} in its second round, so the first round cannot resolve it. */
  private static final class SecondRoundGenerator extends AbstractProcessor {
    private int round;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
      round++;
      if (round == 2) {
        write("later.Later", "package later;\n\npublic final class Later {}\n");
      } else if (round == 1) {
        write("later.Trigger", "package later;\n\nfinal class Trigger {}\n");
      }
      return false;
    }

    private void write(String name, String text) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
