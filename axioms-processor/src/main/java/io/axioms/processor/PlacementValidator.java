package io.axioms.processor;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Reports policy annotations placed where no guard can enforce them: on a class, enum or record, on
 * a method of one, on a static or private interface method, on a redeclared {@code Object} method,
 * or anywhere in an interface that is not {@code @Guarded}.
 */
final class PlacementValidator {

  private final Reporter reporter;
  private final MethodCollector methods;

  PlacementValidator(ProcessingEnvironment environment) {
    this.reporter = Reporter.printing(environment);
    this.methods = new MethodCollector(environment.getElementUtils(), environment.getTypeUtils());
  }

  /**
   * Reports each policy annotation, and a {@code @BearerToken}, of an element that cannot be
   * guarded; repeated annotations are reported one by one.
   */
  void check(Element element) {
    Optional<Misplacement> misplacement = misplacementOf(element);
    if (misplacement.isEmpty()) {
      return;
    }
    for (PolicyAnnotation annotation : AnnotationReader.read(element)) {
      report(element, annotation.mirror(), misplacement.get());
    }
    AnnotationReader.find(element, BearerToken.class)
        .ifPresent(annotation -> report(element, annotation, misplacement.get()));
  }

  private void report(Element element, AnnotationMirror annotation, Misplacement misplacement) {
    String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
    Object[] arguments = misplacement.arguments(name);
    reporter.report(misplacement.message(), element, annotation, arguments);
  }

  private Optional<Misplacement> misplacementOf(Element element) {
    switch (element.getKind()) {
      case PARAMETER:
        return misplacementOf(element.getEnclosingElement());
      case METHOD:
        return misplacementOfMethod((ExecutableElement) element);
      case INTERFACE:
        return isGuarded(element)
            ? Optional.empty()
            : Misplacement.of(Message.NOT_GUARDED_INTERFACE, element.getSimpleName());
      default:
        // A @Guarded class is already reported on its @Guarded.
        return isGuarded(element)
            ? Optional.empty()
            : Misplacement.of(Message.NOT_AN_INTERFACE, kindOf(element));
    }
  }

  private Optional<Misplacement> misplacementOfMethod(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    Object name = method.getSimpleName();
    if (owner.getKind() != ElementKind.INTERFACE) {
      return isGuarded(owner)
          ? Optional.empty()
          : Misplacement.of(Message.NOT_AN_INTERFACE_METHOD, name, kindOf(owner));
    }
    if (!isGuarded(owner)) {
      return Misplacement.of(Message.NOT_GUARDED_INTERFACE, owner.getSimpleName());
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return Misplacement.of(Message.STATIC_METHOD, name);
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return Misplacement.of(Message.PRIVATE_METHOD, name);
    }
    if (methods.isObjectMethod(method)) {
      return Misplacement.of(Message.OBJECT_METHOD, name);
    }
    return Optional.empty();
  }

  private static boolean isGuarded(Element element) {
    return AnnotationReader.find(element, Guarded.class).isPresent();
  }

  private static String kindOf(Element element) {
    String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return kind + " " + element.getSimpleName();
  }

  /**
   * Why an element cannot be guarded: a message and its details. The message reads the annotation's
   * name first and, where it names it again, last; {@link String#format} ignores the last argument
   * when the message does not use it.
   */
  private record Misplacement(Message message, List<Object> details) {

    static Optional<Misplacement> of(Message message, Object... details) {
      return Optional.of(new Misplacement(message, List.of(details)));
    }

    Object[] arguments(String annotation) {
      List<Object> arguments = new ArrayList<>();
      arguments.add(annotation);
      arguments.addAll(details);
      arguments.add(annotation);
      return arguments.toArray();
    }
  }
}
