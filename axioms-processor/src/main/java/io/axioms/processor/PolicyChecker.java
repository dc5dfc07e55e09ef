package io.axioms.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Checks the policy annotations written on one method or interface. */
final class PolicyChecker {

  private final Reporter reporter;

  PolicyChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports a token annotation written after a claim annotation on the same element. */
  void checkOrder(Element element, List<PolicyAnnotation> annotations) {
    PolicyAnnotation firstClaim = null;
    for (PolicyAnnotation annotation : annotations) {
      if (annotation.kind() == PolicyAnnotation.Kind.CLAIM && firstClaim == null) {
        firstClaim = annotation;
      }
      if (annotation.kind() == PolicyAnnotation.Kind.TOKEN && firstClaim != null) {
        String claim = firstClaim.simpleName();
        reporter.report(Message.TOKEN_AFTER_CLAIM, element, annotation.mirror(), claim, claim);
      }
    }
  }

  /** Reports an empty list, blank values, scopes with whitespace and repeated values. */
  void checkValues(Element element, PolicyAnnotation claim) {
    if (!claim.readable()) {
      reporter.countReportedError();
      return;
    }
    String name = claim.simpleName();
    String noun = claim.claim().orElseThrow().noun();
    if (claim.values().isEmpty()) {
      reporter.report(
          Message.EMPTY_VALUES, element, claim.mirror(), claim.value(), name, noun, noun);
    }
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : claim.values()) {
      checkValue(element, claim, value, seen);
    }
  }

  private void checkValue(
      Element element, PolicyAnnotation claim, AnnotationValue value, Set<String> seen) {
    String text = (String) value.getValue();
    String name = claim.simpleName();
    String noun = claim.claim().orElseThrow().noun();
    if (text.isBlank()) {
      reporter.report(Message.BLANK_VALUE, element, claim.mirror(), value, name, noun, noun);
    } else if (claim.claim().orElseThrow() == Claim.SCOPE && hasWhitespace(text)) {
      reporter.report(Message.SCOPE_WITH_WHITESPACE, element, claim.mirror(), value, text);
    } else if (!seen.add(text)) {
      reporter.report(Message.DUPLICATE_VALUE, element, claim.mirror(), value, name, text);
    }
  }

  /**
   * Warns about each of an element's own claims that another claim of the same kind implies: one
   * that accepts a subset of its values, from the interface or written earlier on the element.
   *
   * @param element the method or interface
   * @param inherited the interface's claims, for a method; otherwise empty
   * @param own the element's own claims, in source order
   */
  void checkImplied(Element element, List<PolicyAnnotation> inherited, List<PolicyAnnotation> own) {
    List<PolicyAnnotation> all = new ArrayList<>(inherited);
    all.addAll(own);
    for (PolicyAnnotation weaker : own) {
      for (PolicyAnnotation stronger : all) {
        if (implies(stronger, weaker, all)) {
          String where = inherited.contains(stronger) ? " on the interface" : "";
          reporter.report(
              Message.IMPLIED_REQUIREMENT,
              element,
              weaker.mirror(),
              weaker.simpleName(),
              weaker.written(),
              stronger.simpleName(),
              stronger.written(),
              where);
          break;
        }
      }
    }
  }

  private static boolean implies(
      PolicyAnnotation stronger, PolicyAnnotation weaker, List<PolicyAnnotation> all) {
    if (stronger == weaker
        || !stronger.claim().equals(weaker.claim())
        || stronger.values().isEmpty()
        || weaker.values().isEmpty()) {
      return false;
    }
    Set<String> strongerValues = Set.copyOf(stronger.strings());
    Set<String> weakerValues = Set.copyOf(weaker.strings());
    if (!weakerValues.containsAll(strongerValues)) {
      return false;
    }
    return strongerValues.size() < weakerValues.size()
        || all.indexOf(stronger) < all.indexOf(weaker);
  }

  private static boolean hasWhitespace(String text) {
    return text.codePoints().anyMatch(Character::isWhitespace);
  }
}
