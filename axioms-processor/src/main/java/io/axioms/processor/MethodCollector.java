package io.axioms.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Lists the methods a guard may override: the abstract and default methods of an interface and of
 * its superinterfaces, each signature once, the interface's own first and in source order.
 *
 * <p>Static and private methods are never listed, and neither are redeclarations of the public
 * methods of {@code Object}, which every class already implements.
 */
final class MethodCollector {

  private final Elements elements;
  private final Types types;

  MethodCollector(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Returns the methods of an interface and its superinterfaces, in a deterministic order. */
  List<ExecutableElement> collect(TypeElement type) {
    DeclaredType declared = (DeclaredType) type.asType();
    List<ExecutableElement> collected = new ArrayList<>();
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(type));
    Set<TypeElement> visited = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeElement current = pending.removeFirst();
      if (!visited.add(current)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
        if (isOverridable(method)
            && !isObjectMethod(method)
            && !isCovered(method, collected, declared)) {
          collected.add(method);
        }
      }
      for (TypeMirror parent : current.getInterfaces()) {
        if (parent.getKind() == TypeKind.DECLARED) {
          pending.addLast((TypeElement) types.asElement(parent));
        }
      }
    }
    return collected;
  }

  /** Returns whether a method can be intercepted by a class implementing its interface. */
  static boolean isOverridable(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE);
  }

  private boolean isCovered(
      ExecutableElement method, List<ExecutableElement> collected, DeclaredType declared) {
    ExecutableType member = (ExecutableType) types.asMemberOf(declared, method);
    for (ExecutableElement earlier : collected) {
      if (earlier.getSimpleName().equals(method.getSimpleName())
          && types.isSubsignature((ExecutableType) types.asMemberOf(declared, earlier), member)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a method has the signature of a public method of {@code Object}. */
  boolean isObjectMethod(ExecutableElement method) {
    TypeElement object = elements.getTypeElement(Object.class.getCanonicalName());
    for (ExecutableElement candidate : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (candidate.getModifiers().contains(Modifier.PUBLIC)
          && candidate.getSimpleName().equals(method.getSimpleName())
          && types.isSubsignature(
              (ExecutableType) method.asType(), (ExecutableType) candidate.asType())) {
        return true;
      }
    }
    return false;
  }
}
