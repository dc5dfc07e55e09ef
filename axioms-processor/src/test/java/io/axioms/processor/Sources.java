package io.axioms.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Builds test sources and compiles them with the processor. */
final class Sources {

  /** The imports every test interface starts with. */
  static final String IMPORTS =
      "import io.axioms.annotations.*;\n"
          + "import java.util.*;\n"
          + "import java.util.concurrent.CompletableFuture;\n";

  private Sources() {}

  /** Returns a source in package {@code test}, with {@link #IMPORTS}, from its lines. */
  static JavaFileObject source(String simpleName, String... lines) {
    String text = "package test;\n\n" + IMPORTS + "\n" + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  /** Compiles with the processor and every lint enabled. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new AxiomsProcessor())
        .withOptions("-Xlint:all")
        .compile(sources);
  }

  /** Compiles with the processor, every lint enabled and warnings treated as errors. */
  static Compilation compileStrictly(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new AxiomsProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }
}
