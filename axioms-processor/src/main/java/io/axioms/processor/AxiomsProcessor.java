package io.axioms.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Axioms annotation processor: checks the policy annotations of every {@code @Guarded}
 * interface and generates its guard class and its policy manifest.
 *
 * <p>It reports every mistake at the annotation or value at fault, generates nothing for an
 * interface with an error, waits for types that later rounds may still generate, and never lets an
 * exception escape into the compiler.
 *
 * <p>It claims the Axioms annotations so that javac's {@code -Xlint:processing} does not report
 * them as unclaimed. For the same reason it claims {@code javax.annotation.processing.Generated},
 * which its own guards carry, but in a round where that is the only annotation present, only when
 * every element carrying it is a guard it generated.
 */
@AutoService(Processor.class)
public final class AxiomsProcessor extends AbstractProcessor {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  /** Interfaces waiting for a type to resolve: qualified name to the type that does not. */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  /** The qualified names of the guards written so far. */
  private final Set<String> written = new HashSet<>();

  /** Creates the processor; the compiler calls this through the service loader. */
  public AxiomsProcessor() {}

  /**
   * Returns the names of all Axioms annotations, repeat containers included, and of {@code
   * Generated}, which the guards carry.
   *
   * @return the canonical names of the annotations this processor reads or claims
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    names.add(Guarded.class.getCanonicalName());
    names.addAll(policyAnnotationNames());
    names.add(GENERATED);
    return names;
  }

  /**
   * Returns the newest source version this compiler knows; the processor reads nothing that a newer
   * language version could change.
   *
   * @return the latest supported source version
   */
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Checks this round's annotated elements and writes the guards of valid interfaces; never throws.
   *
   * @return whether this round's annotations are claimed; see the class documentation
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      checkPlacements(round);
      for (TypeElement type : candidates(round)) {
        processSafely(type, round);
      }
      if (round.processingOver()) {
        reportUnresolved(round);
      }
    } catch (RuntimeException | LinkageError e) {
      report(Message.INTERNAL_ERROR, null, "this round", describe(e));
    }
    return claims(annotations, round);
  }

  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean onlyGenerated =
        annotations.stream().allMatch(a -> a.getQualifiedName().contentEquals(GENERATED));
    if (annotations.isEmpty() || !onlyGenerated) {
      return true;
    }
    return round.getElementsAnnotatedWith(annotations.iterator().next()).stream()
        .allMatch(
            e -> e instanceof TypeElement t && written.contains(t.getQualifiedName().toString()));
  }

  private static Set<String> policyAnnotationNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(HasValidAccessToken.class.getCanonicalName());
    for (Claim claim : Claim.values()) {
      names.add(claim.annotationName());
      names.add(claim.containerName());
    }
    names.add(Public.class.getCanonicalName());
    names.add(BearerToken.class.getCanonicalName());
    return names;
  }

  private void checkPlacements(RoundEnvironment round) {
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : policyAnnotationNames()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        annotated.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    PlacementValidator placements = new PlacementValidator(processingEnv);
    for (Element element : annotated) {
      try {
        placements.check(element);
      } catch (RuntimeException e) {
        report(Message.INTERNAL_ERROR, element, element.getSimpleName(), describe(e));
      }
    }
  }

  private Set<TypeElement> candidates(RoundEnvironment round) {
    Set<TypeElement> candidates = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    candidates.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(Guarded.class)));
    return candidates;
  }

  private void processSafely(TypeElement type, RoundEnvironment round) {
    try {
      process(type, round);
    } catch (RuntimeException | LinkageError e) {
      report(Message.INTERNAL_ERROR, type, type.getQualifiedName(), describe(e));
    }
  }

  private void process(TypeElement type, RoundEnvironment round) {
    if (type.getKind() == ElementKind.INTERFACE) {
      Optional<String> unresolved =
          new TypeResolution(processingEnv.getTypeUtils()).firstUnresolved(type);
      if (unresolved.isPresent() || round.processingOver()) {
        deferred.put(type.getQualifiedName().toString(), unresolved.orElse("unknown"));
        return;
      }
    }
    new InterfaceValidator(processingEnv).validate(type).ifPresent(this::generate);
  }

  private void generate(GuardedInterface guarded) {
    GuardWriter writer =
        new GuardWriter(
            processingEnv.getTypeUtils(),
            processingEnv.getElementUtils(),
            generatedAnnotation(guarded));
    TypeElement type = guarded.element();
    try {
      writer.write(guarded).writeTo(processingEnv.getFiler());
      written.add(guarded.guardName().canonicalName());
    } catch (IOException e) {
      report(Message.WRITE_FAILED, type, guarded.guardName(), e.getMessage());
      return;
    }
    String resource = ManifestWriter.resourceName(guarded);
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", resource, type);
      try (Writer out = file.openWriter()) {
        out.write(ManifestWriter.write(guarded));
      }
    } catch (IOException e) {
      report(Message.WRITE_FAILED, type, resource, e.getMessage());
    }
  }

  /**
   * Returns {@code @Generated} naming this processor, or {@code null} where the target cannot see
   * the annotation: Java 8, or a named module that does not read {@code java.compiler}.
   */
  private AnnotationSpec generatedAnnotation(GuardedInterface guarded) {
    if (processingEnv.getElementUtils().getTypeElement(GENERATED) == null) {
      return null;
    }
    ModuleElement module = processingEnv.getElementUtils().getModuleOf(guarded.element());
    if (module != null && !module.isUnnamed() && !readsJavaCompiler(module)) {
      return null;
    }
    return AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
        .addMember("value", "$S", AxiomsProcessor.class.getCanonicalName())
        .build();
  }

  private static boolean readsJavaCompiler(ModuleElement module) {
    return ElementFilter.requiresIn(module.getDirectives()).stream()
        .anyMatch(r -> r.getDependency().getQualifiedName().contentEquals("java.compiler"));
  }

  /**
   * Explains, once processing is over, each interface that waited in vain for a type, unless an
   * error was already raised. javac reports the type itself.
   */
  private void reportUnresolved(RoundEnvironment round) {
    if (!round.errorRaised()) {
      deferred.forEach(
          (name, unresolved) -> {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            String guard = InterfaceValidator.guardName(type).simpleName();
            report(Message.UNRESOLVED_TYPES, type, guard, name, unresolved);
          });
    }
    deferred.clear();
  }

  private void report(Message message, Element element, Object... arguments) {
    Diagnostic.Kind kind = message.kind();
    processingEnv.getMessager().printMessage(kind, message.format(arguments), element);
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? e.toString() : e + " at " + trace[0];
  }
}
