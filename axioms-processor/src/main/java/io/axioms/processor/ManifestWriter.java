package io.axioms.processor;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * Renders the policy manifest of a guarded interface: JSON, one entry per guarded method, sorted by
 * signature so that moving a method in the source changes nothing and a policy change shows as a
 * small diff.
 */
final class ManifestWriter {

  /** The manifest format's version; it changes only when a reader would have to. */
  static final int FORMAT = 1;

  private ManifestWriter() {}

  /** Returns the resource path of an interface's manifest. */
  static String resourceName(GuardedInterface guarded) {
    return "META-INF/axioms/" + guarded.binaryName() + ".json";
  }

  /** Returns the manifest, ending with a newline. */
  static String write(GuardedInterface guarded) {
    List<GuardedMethod> methods =
        guarded.methods().stream().sorted(Comparator.comparing(GuardedMethod::signature)).toList();
    String entries =
        methods.stream().map(ManifestWriter::method).collect(Collectors.joining(",\n"));
    return "{\n"
        + "  \"format\": "
        + FORMAT
        + ",\n"
        + "  \"interface\": "
        + quote(guarded.element().getQualifiedName().toString())
        + ",\n"
        + "  \"guard\": "
        + quote(guarded.guardName().canonicalName())
        + ",\n"
        + "  \"methods\": ["
        + (methods.isEmpty() ? "" : "\n" + entries + "\n  ")
        + "]\n"
        + "}\n";
  }

  private static String method(GuardedMethod method) {
    MethodPolicy policy = method.policy();
    String requirements =
        policy.requirements().stream()
            .map(ManifestWriter::requirement)
            .collect(Collectors.joining(",\n"));
    TypeElement declaring = (TypeElement) method.element().getEnclosingElement();
    return "    {\n"
        + "      \"interface\": "
        + quote(declaring.getQualifiedName().toString())
        + ",\n"
        + "      \"method\": "
        + quote(method.signature())
        + ",\n"
        + "      \"access\": "
        + quote(policy.open() ? "public" : "token")
        + ",\n"
        + "      \"requirements\": ["
        + (requirements.isEmpty() ? "" : "\n" + requirements + "\n      ")
        + "]\n"
        + "    }";
  }

  private static String requirement(ClaimRequirement requirement) {
    String values =
        requirement.values().stream().map(ManifestWriter::quote).collect(Collectors.joining(", "));
    return "        {\"claim\": "
        + quote(requirement.claim().noun())
        + ", \"anyOf\": ["
        + values
        + "]}";
  }

  /** Returns a JSON string literal, escaping what RFC 8259 requires. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
