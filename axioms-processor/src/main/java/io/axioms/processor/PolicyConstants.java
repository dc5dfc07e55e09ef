package io.axioms.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The guard's {@code static final AccessPolicy} constants: one per guarded method, built once,
 * named after the method ({@code getOrder} gives {@code GET_ORDER_POLICY}; overloads and names that
 * meet in upper case get {@code _2}, {@code _3}, ... in method order).
 */
final class PolicyConstants {

  static final ClassName POLICY = ClassName.get("io.axioms.runtime", "AccessPolicy");
  private static final ClassName REQUIREMENT = ClassName.get("io.axioms.runtime", "Requirement");
  private static final int MAX_LINE = 100;

  private PolicyConstants() {}

  /** Returns a distinct constant name for each method that needs a token, in method order. */
  static Map<GuardedMethod, String> namesOf(List<GuardedMethod> methods) {
    Map<GuardedMethod, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (GuardedMethod method : methods) {
      if (method.policy().open()) {
        continue;
      }
      String base = constantCase(method.element().getSimpleName().toString());
      String name = base + "_POLICY";
      for (int index = 2; !taken.add(name); index++) {
        name = base + "_" + index + "_POLICY";
      }
      names.put(method, name);
    }
    return names;
  }

  /**
   * Returns a policy constant: on one line when it fits in 100 columns with at most one
   * requirement, otherwise one requirement per line.
   */
  static FieldSpec field(GuardedMethod method, String name) {
    List<ClaimRequirement> requirements = method.policy().requirements();
    List<CodeBlock> written = requirements.stream().map(PolicyConstants::requirement).toList();
    String declaration = "  private static final AccessPolicy " + name + " = AccessPolicy.of();";
    int width =
        requirements.stream().mapToInt(PolicyConstants::writtenWidth).sum()
            + 2 * Math.max(0, requirements.size() - 1);
    CodeBlock initializer =
        requirements.size() <= 1 && declaration.length() + width <= MAX_LINE
            ? CodeBlock.of("$T.of($L)", POLICY, CodeBlock.join(written, ", "))
            : CodeBlock.of("$T.of(\n$>$>$L)$<$<", POLICY, CodeBlock.join(written, ",\n"));
    return FieldSpec.builder(POLICY, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  private static String constantCase(String camel) {
    return camel
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
  }

  private static CodeBlock requirement(ClaimRequirement requirement) {
    return CodeBlock.of(
        "$T.$N($L)", REQUIREMENT, requirement.claim().factory(), values(requirement));
  }

  /** Returns how many columns a requirement takes when written with simple names. */
  private static int writtenWidth(ClaimRequirement requirement) {
    String factory = "Requirement." + requirement.claim().factory();
    return (factory + "(" + values(requirement) + ")").length();
  }

  private static String values(ClaimRequirement requirement) {
    return requirement.values().stream()
        .map(value -> CodeBlock.of("$S", value).toString())
        .collect(Collectors.joining(", "));
  }
}
