package io.axioms.processor;

import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Reads the policy annotations of an element, in javac's order.
 *
 * <p>javac lists an element's annotations in source order, except that it gathers the repeats of
 * one annotation into its container at the place of the first repeat. The reader unwraps each
 * container in place, so {@code @A("x") @B @A("y")} reads as {@code A(x), A(y), B}; {@link
 * AnnotationTrees#inSourceOrder} then restores {@code A(x), B, A(y)} from the source tree.
 */
final class AnnotationReader {

  private AnnotationReader() {}

  /** Returns the policy annotations of an element, containers unwrapped, in source order. */
  static List<PolicyAnnotation> read(Element element) {
    List<PolicyAnnotation> read = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.equals(HasValidAccessToken.class.getCanonicalName())) {
        read.add(marker(PolicyAnnotation.Kind.TOKEN, mirror));
      } else if (name.equals(Public.class.getCanonicalName())) {
        read.add(marker(PolicyAnnotation.Kind.PUBLIC, mirror));
      }
      for (Claim claim : Claim.values()) {
        if (name.equals(claim.annotationName())) {
          read.add(claimOf(claim, mirror));
        } else if (name.equals(claim.containerName())) {
          for (AnnotationValue repeat : arrayOf(valueOf(mirror))) {
            if (repeat.getValue() instanceof AnnotationMirror repeated) {
              read.add(claimOf(claim, repeated));
            }
          }
        }
      }
    }
    return read;
  }

  /** Returns whether an annotation mirror is of the given annotation type. */
  static boolean is(AnnotationMirror mirror, Class<?> annotation) {
    return nameOf(mirror).equals(annotation.getCanonicalName());
  }

  /** Returns the mirror of an annotation on an element, if present. */
  static Optional<AnnotationMirror> find(Element element, Class<?> annotation) {
    return element.getAnnotationMirrors().stream()
        .<AnnotationMirror>map(mirror -> mirror)
        .filter(mirror -> is(mirror, annotation))
        .findFirst();
  }

  /** Returns the elements of an annotation's {@code value} array, or none. */
  static List<AnnotationValue> valuesOf(AnnotationMirror mirror) {
    return arrayOf(valueOf(mirror));
  }

  private static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static PolicyAnnotation marker(PolicyAnnotation.Kind kind, AnnotationMirror mirror) {
    return new PolicyAnnotation(kind, Optional.empty(), mirror, null, List.of(), true);
  }

  private static PolicyAnnotation claimOf(Claim claim, AnnotationMirror mirror) {
    AnnotationValue value = valueOf(mirror);
    List<AnnotationValue> values = arrayOf(value);
    boolean readable =
        value != null
            && value.getValue() instanceof List
            && values.stream().allMatch(v -> v.getValue() instanceof String);
    return new PolicyAnnotation(
        PolicyAnnotation.Kind.CLAIM,
        Optional.of(claim),
        mirror,
        value,
        readable ? values : List.of(),
        readable);
  }

  private static AnnotationValue valueOf(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static List<AnnotationValue> arrayOf(AnnotationValue value) {
    if (value == null) {
      return List.of();
    }
    return value.accept(
        new SimpleAnnotationValueVisitor14<List<AnnotationValue>, Void>(List.of()) {
          @Override
          public List<AnnotationValue> visitArray(List<? extends AnnotationValue> values, Void p) {
            return List.copyOf(values);
          }
        },
        null);
  }
}
