package io.axioms.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Guarded} interface into a {@link GuardedInterface}, reporting every rule it
 * breaks.
 */
final class InterfaceValidator {

  private final Elements elements;
  private final Types types;
  private final AnnotationTrees trees;
  private final ProcessingEnvironment environment;

  InterfaceValidator(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.trees = AnnotationTrees.create(environment);
    this.environment = environment;
  }

  /**
   * Returns the model of a {@code @Guarded} type, or empty when it breaks a rule (each reported at
   * its annotation).
   */
  Optional<GuardedInterface> validate(TypeElement type) {
    Reporter reporter = Reporter.printing(environment);
    AnnotationMirror guarded = AnnotationReader.find(type, Guarded.class).orElseThrow();
    if (!isGuardable(type, guarded, reporter)) {
      return Optional.empty();
    }

    InterfacePolicy policy = readInterfacePolicy(type, reporter);
    List<GuardedMethod> methods = new ArrayList<>();
    for (ExecutableElement method : new MethodCollector(elements, types).collect(type)) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (owner.equals(type)) {
        validateMethod(method, type, policy, reporter).ifPresent(methods::add);
      } else {
        validateInherited(method, owner, type, guarded, reporter).ifPresent(methods::add);
      }
    }

    if (reporter.errorCount() > 0) {
      return Optional.empty();
    }
    String binaryName = elements.getBinaryName(type).toString();
    return Optional.of(new GuardedInterface(type, guardName(type), binaryName, methods));
  }

  /** Returns the generated class's name: {@code Guarded} and the nesting names joined by _. */
  static ClassName guardName(TypeElement type) {
    ClassName name = ClassName.get(type);
    String joined = String.join("_", name.simpleNames());
    return ClassName.get(name.packageName(), "Guarded" + joined);
  }

  private boolean isGuardable(TypeElement type, AnnotationMirror guarded, Reporter reporter) {
    String name = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.INTERFACE) {
      String kind = article(type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
      reporter.report(Message.GUARDED_NOT_INTERFACE, type, guarded, name, kind);
      return false;
    }
    String guard = guardName(type).simpleName();
    if (type.getModifiers().contains(Modifier.SEALED)) {
      reporter.report(Message.GUARDED_SEALED, type, guarded, name, guard);
      return false;
    }
    return isVisibleToItsPackage(type, guarded, reporter);
  }

  /**
   * Reports an interface that is private or nested in a private type. Local interfaces need no
   * check: annotation processors never see types declared in a method body.
   */
  private static boolean isVisibleToItsPackage(
      TypeElement type, AnnotationMirror guarded, Reporter reporter) {
    String name = type.getQualifiedName().toString();
    String guard = guardName(type).simpleName();
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE) && t == type) {
        reporter.report(Message.GUARDED_PRIVATE, type, guarded, name, guard);
        return false;
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.report(Message.GUARDED_IN_PRIVATE, type, guarded, name, t.getSimpleName(), guard);
        return false;
      }
    }
    return true;
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private InterfacePolicy readInterfacePolicy(TypeElement type, Reporter reporter) {
    PolicyChecker checker = new PolicyChecker(reporter);
    List<PolicyAnnotation> annotations = trees.inSourceOrder(type, AnnotationReader.read(type));
    checker.checkOrder(type, annotations);

    List<PolicyAnnotation> claims = claimsOf(annotations);
    claims.forEach(claim -> checker.checkValues(type, claim));
    boolean token = annotations.stream().anyMatch(a -> a.kind() == PolicyAnnotation.Kind.TOKEN);
    if (!token) {
      for (PolicyAnnotation claim : claims) {
        reporter.report(
            Message.CLAIM_WITHOUT_TOKEN, type, claim.mirror(), claim.simpleName(), "interface");
      }
    }
    checker.checkImplied(type, List.of(), claims);
    return new InterfacePolicy(token, claims);
  }

  private Optional<GuardedMethod> validateInherited(
      ExecutableElement method,
      TypeElement owner,
      TypeElement type,
      AnnotationMirror guarded,
      Reporter reporter) {
    String name = type.getQualifiedName().toString();
    String methodName = method.getSimpleName().toString();
    String ownerName = owner.getQualifiedName().toString();
    if (AnnotationReader.find(owner, Guarded.class).isEmpty()) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        reporter.report(
            Message.INHERITED_WITHOUT_POLICY, type, guarded, name, methodName, ownerName, name);
      }
      return Optional.empty();
    }

    Reporter quiet = Reporter.quiet(environment);
    InterfacePolicy policy = readInterfacePolicy(owner, quiet);
    Optional<GuardedMethod> checked = validateMethod(method, owner, policy, quiet);
    if (quiet.errorCount() > 0) {
      reporter.report(
          Message.INHERITED_INVALID, type, guarded, name, methodName, ownerName, ownerName);
      return Optional.empty();
    }
    return checked;
  }

  private Optional<GuardedMethod> validateMethod(
      ExecutableElement method, TypeElement type, InterfacePolicy policy, Reporter reporter) {
    PolicyChecker checker = new PolicyChecker(reporter);
    List<PolicyAnnotation> annotations = trees.inSourceOrder(method, AnnotationReader.read(method));
    checker.checkOrder(method, annotations);
    List<PolicyAnnotation> claims = claimsOf(annotations);
    claims.forEach(claim -> checker.checkValues(method, claim));
    String bearer = bearerParameter(method, reporter);
    String signature = signatureOf(method);

    Optional<PolicyAnnotation> open = first(annotations, PolicyAnnotation.Kind.PUBLIC);
    if (open.isPresent()) {
      rejectRequirementsBeside(open.get(), method, annotations, reporter);
      return Optional.of(new GuardedMethod(method, bearer, MethodPolicy.openPolicy(), signature));
    }

    Optional<PolicyAnnotation> token = first(annotations, PolicyAnnotation.Kind.TOKEN);
    if (token.isEmpty() && !policy.token()) {
      rejectMissingToken(method, type, claims, reporter);
      return Optional.empty();
    }
    if (token.isPresent() && policy.token()) {
      String typeName = type.getQualifiedName().toString();
      reporter.report(
          Message.REDUNDANT_TOKEN, method, token.get().mirror(), method.getSimpleName(), typeName);
    }
    checker.checkImplied(method, policy.claims(), claims);
    if (bearer == null) {
      reporter.report(Message.NO_BEARER_TOKEN, method, method.getSimpleName());
    }

    return Optional.of(new GuardedMethod(method, bearer, tokenPolicy(policy, claims), signature));
  }

  /** Returns the policy of a method that needs a token: the interface's claims, then its own. */
  private static MethodPolicy tokenPolicy(InterfacePolicy policy, List<PolicyAnnotation> claims) {
    List<PolicyAnnotation> all = new ArrayList<>(policy.claims());
    all.addAll(claims);
    List<ClaimRequirement> requirements =
        all.stream().map(c -> new ClaimRequirement(c.claim().orElseThrow(), c.strings())).toList();
    return new MethodPolicy(false, requirements);
  }

  private static void rejectRequirementsBeside(
      PolicyAnnotation open,
      ExecutableElement method,
      List<PolicyAnnotation> annotations,
      Reporter reporter) {
    annotations.stream()
        .filter(a -> a.kind() != PolicyAnnotation.Kind.PUBLIC)
        .findFirst()
        .ifPresent(
            conflict -> {
              String name = conflict.simpleName();
              reporter.report(Message.PUBLIC_WITH_REQUIREMENT, method, open.mirror(), name, name);
            });
  }

  private static void rejectMissingToken(
      ExecutableElement method,
      TypeElement type,
      List<PolicyAnnotation> claims,
      Reporter reporter) {
    for (PolicyAnnotation claim : claims) {
      reporter.report(
          Message.CLAIM_WITHOUT_TOKEN,
          method,
          claim.mirror(),
          claim.simpleName(),
          "method or its interface");
    }
    // A default method without a policy is not overridden: it runs on the guard, so whatever it
    // calls on the interface passes through the guard's checks.
    if (claims.isEmpty() && method.getModifiers().contains(Modifier.ABSTRACT)) {
      String typeName = type.getQualifiedName().toString();
      reporter.report(Message.NO_POLICY, method, method.getSimpleName(), typeName);
    }
  }

  private String bearerParameter(ExecutableElement method, Reporter reporter) {
    String found = null;
    for (VariableElement parameter : method.getParameters()) {
      Optional<AnnotationMirror> mirror = AnnotationReader.find(parameter, BearerToken.class);
      if (mirror.isEmpty()) {
        continue;
      }
      String name = parameter.getSimpleName().toString();
      if (!isString(parameter)) {
        TypeMirror type = parameter.asType();
        reporter.report(Message.BEARER_TOKEN_NOT_STRING, parameter, mirror.get(), name, type);
      } else if (found != null) {
        reporter.report(
            Message.BEARER_TOKEN_REPEATED, parameter, mirror.get(), method.getSimpleName(), found);
      } else {
        found = name;
      }
    }
    return found;
  }

  private boolean isString(VariableElement parameter) {
    TypeElement string = elements.getTypeElement(String.class.getCanonicalName());
    return types.isSameType(parameter.asType(), string.asType());
  }

  /**
   * Returns the manifest's signature: the name and the parameter types, fully qualified, without
   * type annotations (adding {@code @Nullable} changes no policy).
   */
  private static String signatureOf(ExecutableElement method) {
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String type = TypeName.get(parameter.asType()).withoutAnnotations().toString();
      parameters.add(type.replace(", ", ","));
    }
    int last = parameters.size() - 1;
    if (method.isVarArgs() && parameters.get(last).endsWith("[]")) {
      String array = parameters.get(last);
      parameters.set(last, array.substring(0, array.length() - 2) + "...");
    }
    return method.getSimpleName() + "(" + String.join(",", parameters) + ")";
  }

  private static List<PolicyAnnotation> claimsOf(List<PolicyAnnotation> annotations) {
    return annotations.stream().filter(a -> a.kind() == PolicyAnnotation.Kind.CLAIM).toList();
  }

  private static Optional<PolicyAnnotation> first(
      List<PolicyAnnotation> annotations, PolicyAnnotation.Kind kind) {
    return annotations.stream().filter(a -> a.kind() == kind).findFirst();
  }

  /** The interface's own policy, which applies to each of its methods. */
  private record InterfacePolicy(boolean token, List<PolicyAnnotation> claims) {}
}
