package io.axioms.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @Guarded} interface, ready to render.
 *
 * @param element the interface
 * @param guardName the generated class
 * @param binaryName the interface's binary name, which names its manifest resource
 * @param methods the methods the guard overrides, in source order (the interface's own first, then
 *     inherited ones)
 */
record GuardedInterface(
    TypeElement element, ClassName guardName, String binaryName, List<GuardedMethod> methods) {

  GuardedInterface {
    methods = List.copyOf(methods);
  }
}
