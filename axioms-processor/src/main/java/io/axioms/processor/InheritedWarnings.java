package io.axioms.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The annotations a guard copies from the interface so that javac does not warn about the guard for
 * what the interface's author already wrote: {@code @Deprecated}, and {@code SuppressWarnings} of
 * heap pollution (a generic varargs parameter), of removal, and of serialization (a {@code
 * Serializable} interface).
 */
final class InheritedWarnings {

  private InheritedWarnings() {}

  /**
   * Returns the annotations for the guard class of an interface.
   *
   * <p>The guard of an interface that extends {@code java.io.Serializable} is {@code Serializable}
   * too, and javac's {@code serial} lint would ask it for a {@code serialVersionUID} and
   * serializable fields. It suppresses {@code "serial"} instead: a guard holds a validator and the
   * implementation, and is not meant to be serialized.
   *
   * @param type the interface
   * @param serializable whether the interface extends {@code java.io.Serializable}
   */
  static List<AnnotationSpec> ofGuard(TypeElement type, boolean serializable) {
    List<String> suppressed = new ArrayList<>();
    if (serializable) {
      suppressed.add("serial");
    }
    return annotations(type, suppressed);
  }

  /** Returns the annotations for one of the guard's methods, given its type as a member. */
  static List<AnnotationSpec> ofMethod(ExecutableElement method, ExecutableType member) {
    List<String> suppressed = new ArrayList<>();
    if (hasUncheckedVarargs(member, method)) {
      suppressed.add("unchecked");
    }
    return annotations(method, suppressed);
  }

  private static List<AnnotationSpec> annotations(Element element, List<String> suppressed) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    AnnotationReader.find(element, Deprecated.class)
        .map(AnnotationSpec::get)
        .ifPresent(annotations::add);
    if (isForRemoval(element)) {
      suppressed.add(0, "removal");
    }
    if (!suppressed.isEmpty()) {
      annotations.add(suppressWarnings(suppressed));
    }
    return annotations;
  }

  private static AnnotationSpec suppressWarnings(List<String> keys) {
    CodeBlock value =
        keys.size() == 1
            ? CodeBlock.of("$S", keys.get(0))
            : CodeBlock.of(
                "{$L}",
                keys.stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", ")));
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", value).build();
  }

  private static boolean isForRemoval(Element element) {
    Deprecated deprecated = element.getAnnotation(Deprecated.class);
    return deprecated != null && deprecated.forRemoval();
  }

  /** Returns whether the varargs element type is not reifiable, which javac warns about. */
  private static boolean hasUncheckedVarargs(ExecutableType type, ExecutableElement element) {
    if (!element.isVarArgs()) {
      return false;
    }
    List<? extends TypeMirror> parameters = type.getParameterTypes();
    TypeMirror last = parameters.get(parameters.size() - 1);
    return last instanceof ArrayType array && !isReifiable(array.getComponentType());
  }

  private static boolean isReifiable(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      return false;
    }
    if (type instanceof ArrayType array) {
      return isReifiable(array.getComponentType());
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().allMatch(InheritedWarnings::isUnboundedWildcard);
    }
    return true;
  }

  private static boolean isUnboundedWildcard(TypeMirror argument) {
    return argument instanceof WildcardType wildcard
        && wildcard.getExtendsBound() == null
        && wildcard.getSuperBound() == null;
  }
}
