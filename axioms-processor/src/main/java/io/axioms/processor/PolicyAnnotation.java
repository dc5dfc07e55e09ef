package io.axioms.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One policy annotation as written on a method or an interface: a token requirement, a
 * {@code @Public} mark, or a claim requirement with its values.
 *
 * @param kind what the annotation asks for
 * @param claim the claim, for a {@link Kind#CLAIM}; otherwise empty
 * @param mirror the annotation itself, where diagnostics point
 * @param value the {@code value} array, for a claim; otherwise {@code null}
 * @param values the array's elements in source order, each a string value; empty when the array
 *     could not be read because the source is already in error
 * @param readable whether every value is a resolved string constant
 */
record PolicyAnnotation(
    Kind kind,
    Optional<Claim> claim,
    AnnotationMirror mirror,
    AnnotationValue value,
    List<AnnotationValue> values,
    boolean readable) {

  /** What a policy annotation asks for. */
  enum Kind {
    TOKEN,
    PUBLIC,
    CLAIM
  }

  /** Returns the annotation's simple name, without the {@code @}. */
  String simpleName() {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** Returns the values as strings, in source order. */
  List<String> strings() {
    return values.stream().map(v -> (String) v.getValue()).toList();
  }

  /** Returns the values as the source would write them, such as {@code {"a", "b"}}. */
  String written() {
    List<String> quoted = strings().stream().map(s -> '"' + s + '"').toList();
    return quoted.size() == 1 ? quoted.get(0) : "{" + String.join(", ", quoted) + "}";
  }
}
