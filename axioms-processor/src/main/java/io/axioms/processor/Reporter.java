package io.axioms.processor;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints the processor's diagnostics at the exact annotation or value, and counts the errors so
 * that a guard is generated only for an interface without any.
 *
 * <p>A quiet reporter counts without printing: it checks methods inherited from another {@code
 * Guarded} interface, whose own processing reports their errors.
 */
final class Reporter {

  private final Messager messager;
  private final AnnotationTrees repeats;
  private final boolean quiet;
  private int errors;

  private Reporter(Messager messager, AnnotationTrees repeats, boolean quiet) {
    this.messager = messager;
    this.repeats = repeats;
    this.quiet = quiet;
  }

  /** Returns a reporter that prints through the environment's messager. */
  static Reporter printing(ProcessingEnvironment environment) {
    return new Reporter(environment.getMessager(), AnnotationTrees.create(environment), false);
  }

  /** Returns a reporter that only counts errors. */
  static Reporter quiet(ProcessingEnvironment environment) {
    return new Reporter(environment.getMessager(), AnnotationTrees.create(environment), true);
  }

  /** Reports at an element. */
  void report(Message message, Element element, Object... arguments) {
    report(message, element, null, null, arguments);
  }

  /** Reports at an annotation of an element. */
  void report(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    report(message, element, annotation, null, arguments);
  }

  /**
   * Reports at one value of an annotation of an element; the annotation and the value may be {@code
   * null} to point at the enclosing thing instead. Warnings are dropped when the element or an
   * enclosing one carries {@code @SuppressWarnings("axioms")}.
   */
  void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... arguments) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    } else if (isSuppressed(element)) {
      return;
    }
    if (quiet) {
      return;
    }
    String text = message.format(arguments);
    if (!repeats.print(message.kind(), text, element, annotation, value)) {
      messager.printMessage(message.kind(), text, element, annotation, value);
    }
  }

  /**
   * Counts an error that javac has already reported, such as an annotation value that does not
   * resolve, so that no guard is generated from a half-read policy.
   */
  void countReportedError() {
    errors++;
  }

  /** Returns the number of errors reported so far. */
  int errorCount() {
    return errors;
  }

  private static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null
          && Arrays.asList(suppressed.value()).contains(Message.SUPPRESSION_KEY)) {
        return true;
      }
    }
    return false;
  }
}
