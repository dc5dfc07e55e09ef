package io.axioms.processor;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
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
 * a method of one, on a static or private interface method, or anywhere in an interface that is not
 * {@code @Guarded}.
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
    Optional<String> reason = whyNotGuardable(element);
    if (reason.isEmpty()) {
      return;
    }
    for (PolicyAnnotation annotation : AnnotationReader.read(element)) {
      report(element, annotation.mirror(), reason.get());
    }
    AnnotationReader.find(element, BearerToken.class)
        .ifPresent(annotation -> report(element, annotation, reason.get()));
  }

  private void report(Element element, AnnotationMirror annotation, String reason) {
    String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
    reporter.report(Message.NOT_GUARDABLE, element, annotation, name, reason);
  }

  private Optional<String> whyNotGuardable(Element element) {
    switch (element.getKind()) {
      case PARAMETER:
        return whyNotGuardable(element.getEnclosingElement());
      case METHOD:
        return whyMethodNotGuardable((ExecutableElement) element);
      case INTERFACE:
        return isGuarded(element)
            ? Optional.empty()
            : Optional.of("interface " + element.getSimpleName() + " is not @Guarded");
      default:
        // A @Guarded class is already reported on its @Guarded.
        return isGuarded(element)
            ? Optional.empty()
            : Optional.of(kindOf(element) + " is not an interface");
    }
  }

  private Optional<String> whyMethodNotGuardable(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    String name = method.getSimpleName() + "()";
    if (owner.getKind() != ElementKind.INTERFACE) {
      return isGuarded(owner)
          ? Optional.empty()
          : Optional.of(name + " belongs to " + kindOf(owner) + ", not to an interface");
    }
    if (methods.isObjectMethod(method)) {
      return Optional.of(
          name + " redeclares a method of Object, which the guard inherits and cannot intercept");
    }
    if (!isGuarded(owner)) {
      return Optional.of("interface " + owner.getSimpleName() + " is not @Guarded");
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of(name + " is static, and a guard cannot intercept a static method");
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return Optional.of(name + " is private, and a guard cannot intercept a private method");
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
}
