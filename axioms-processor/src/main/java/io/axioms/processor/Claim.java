package io.axioms.processor;

import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasRequiredScopes;
import java.lang.annotation.Annotation;

/** The three claim annotations, and how each one is named in messages, code and the manifest. */
enum Claim {
  SCOPE(HasRequiredScopes.class, HasRequiredScopes.List.class, "scope", "anyScope"),
  ROLE(HasRequiredRoles.class, HasRequiredRoles.List.class, "role", "anyRole"),
  PERMISSION(
      HasRequiredPermissions.class,
      HasRequiredPermissions.List.class,
      "permission",
      "anyPermission");

  private final Class<? extends Annotation> annotation;
  private final Class<? extends Annotation> container;
  private final String noun;
  private final String factory;

  Claim(
      Class<? extends Annotation> annotation,
      Class<? extends Annotation> container,
      String noun,
      String factory) {
    this.annotation = annotation;
    this.container = container;
    this.noun = noun;
    this.factory = factory;
  }

  /** Returns the canonical name of the annotation. */
  String annotationName() {
    return annotation.getCanonicalName();
  }

  /** Returns the canonical name of the annotation's repeat container. */
  String containerName() {
    return container.getCanonicalName();
  }

  /** Returns the annotation's simple name, as messages write it after an {@code @}. */
  String simpleName() {
    return annotation.getSimpleName();
  }

  /** Returns the singular noun: scope, role or permission. */
  String noun() {
    return noun;
  }

  /** Returns the name of the runtime's {@code Requirement} factory method for this claim. */
  String factory() {
    return factory;
  }
}
