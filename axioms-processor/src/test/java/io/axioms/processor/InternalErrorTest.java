package io.axioms.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** A fault inside the processor becomes an error diagnostic, never an exception in javac. */
class InternalErrorTest {

  @Test
  void faultDuringARoundIsReportedNotThrown() {
    RecordingMessager messager = new RecordingMessager();
    AxiomsProcessor processor = new AxiomsProcessor();
    processor.init(new BrokenEnvironment(messager));

    boolean claimed = processor.process(Set.of(), new FailingRound());

    assertThat(claimed).isTrue();
    assertThat(messager.errors).hasSize(1);
    assertThat(messager.errors.get(0))
        .startsWith(
            "The Axioms processor failed on this round, which is a bug in the processor, not in"
                + " your code; please report it with this message: java.lang.IllegalStateException:"
                + " broken round");
  }

  /** A round whose every question fails, as a compiler bug or an unexpected element might. */
  private static final class FailingRound implements RoundEnvironment {
    @Override
    public boolean processingOver() {
      return false;
    }

    @Override
    public boolean errorRaised() {
      return false;
    }

    @Override
    public Set<? extends Element> getRootElements() {
      throw new IllegalStateException("broken round");
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(TypeElement a) {
      throw new IllegalStateException("broken round");
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(
        Class<? extends java.lang.annotation.Annotation> a) {
      throw new IllegalStateException("broken round");
    }
  }

  /** An environment that only records messages; its utilities fail or answer nothing. */
  private static final class BrokenEnvironment implements ProcessingEnvironment {
    private final Messager messager;

    BrokenEnvironment(Messager messager) {
      this.messager = messager;
    }

    @Override
    public Map<String, String> getOptions() {
      return Map.of();
    }

    @Override
    public Messager getMessager() {
      return messager;
    }

    @Override
    public Filer getFiler() {
      return null;
    }

    @Override
    public Elements getElementUtils() {
      throw new IllegalStateException("broken round");
    }

    @Override
    public Types getTypeUtils() {
      return null;
    }

    @Override
    public SourceVersion getSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public Locale getLocale() {
      return Locale.ROOT;
    }
  }

  /** Records the messages printed. */
  private static final class RecordingMessager implements Messager {
    final List<String> errors = new ArrayList<>();

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
      record(kind, message);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
      record(kind, message);
    }

    @Override
    public void printMessage(
        Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror) {
      record(kind, message);
    }

    @Override
    public void printMessage(
        Diagnostic.Kind kind,
        CharSequence message,
        Element element,
        AnnotationMirror mirror,
        AnnotationValue value) {
      record(kind, message);
    }

    private void record(Diagnostic.Kind kind, CharSequence message) {
      if (kind == Diagnostic.Kind.ERROR) {
        errors.add(message.toString());
      }
    }
  }
}
