package io.axioms.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Finds policy annotations in the source tree, for what the element model cannot tell: where each
 * repeat of a repeated annotation stands.
 *
 * <p>javac gathers the repeats of one annotation into a container placed at the first repeat, so
 * the element model loses their true order, and its {@code Messager} cannot place a message on a
 * repeat (it falls back to the element). This class restores the source order and prints at the
 * repeat itself. Under a compiler without the {@code com.sun.source} API, or for an element read
 * from a class file, it keeps javac's order and lets messages point at the element.
 */
final class AnnotationTrees {

  private final Trees trees;
  private final Types types;

  private AnnotationTrees(Trees trees, Types types) {
    this.trees = trees;
    this.types = types;
  }

  /** Returns a locator for this compiler; one that always declines if it is not javac. */
  static AnnotationTrees create(ProcessingEnvironment environment) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (IllegalArgumentException notJavac) {
      trees = null;
    }
    return new AnnotationTrees(trees, environment.getTypeUtils());
  }

  /**
   * Prints the message at a repeated annotation, or at one of its values.
   *
   * @return whether it printed; {@code false} when the annotation is not a repeat or cannot be
   *     found in the source
   */
  boolean print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror repeat,
      AnnotationValue value) {
    if (trees == null || repeat == null || element.getAnnotationMirrors().contains(repeat)) {
      return false;
    }
    TreePath path = trees.getPath(element);
    int index = repeatIndex(element, repeat);
    if (path == null || index < 0) {
      return false;
    }
    AnnotationTree annotation = nthOfType(path, repeat.getAnnotationType(), index);
    if (annotation == null) {
      return false;
    }
    Tree target = value == null ? annotation : valueTree(annotation, repeat, value);
    trees.printMessage(kind, message, target, path.getCompilationUnit());
    return true;
  }

  /**
   * Returns the annotations in the order they are written in the source; javac's order when the
   * source tree is not available.
   */
  List<PolicyAnnotation> inSourceOrder(Element element, List<PolicyAnnotation> annotations) {
    TreePath path = trees == null ? null : trees.getPath(element);
    if (path == null) {
      return annotations;
    }
    SourcePositions positions = trees.getSourcePositions();
    Map<PolicyAnnotation, Long> starts = new HashMap<>();
    for (PolicyAnnotation annotation : annotations) {
      Tree tree = treeOf(element, path, annotation.mirror());
      long start = tree == null ? -1 : positions.getStartPosition(path.getCompilationUnit(), tree);
      if (start < 0) {
        return annotations;
      }
      starts.put(annotation, start);
    }
    List<PolicyAnnotation> sorted = new ArrayList<>(annotations);
    sorted.sort(Comparator.comparing(starts::get));
    return sorted;
  }

  private Tree treeOf(Element element, TreePath path, AnnotationMirror mirror) {
    if (element.getAnnotationMirrors().contains(mirror)) {
      return trees.getTree(element, mirror);
    }
    int index = repeatIndex(element, mirror);
    return index < 0 ? null : nthOfType(path, mirror.getAnnotationType(), index);
  }

  private static int repeatIndex(Element element, AnnotationMirror repeat) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> repeats
            && repeats.stream()
                .anyMatch(r -> r instanceof AnnotationValue v && v.getValue() == repeat)) {
          return indexOf(repeats, repeat);
        }
      }
    }
    return -1;
  }

  private static int indexOf(List<?> repeats, AnnotationMirror repeat) {
    for (int i = 0; i < repeats.size(); i++) {
      if (((AnnotationValue) repeats.get(i)).getValue() == repeat) {
        return i;
      }
    }
    return -1;
  }

  private AnnotationTree nthOfType(TreePath path, TypeMirror type, int index) {
    int seen = 0;
    for (AnnotationTree annotation : modifiersOf(path.getLeaf()).getAnnotations()) {
      TypeMirror written = trees.getTypeMirror(new TreePath(path, annotation));
      if (written != null && types.isSameType(written, type) && seen++ == index) {
        return annotation;
      }
    }
    return null;
  }

  private static ModifiersTree modifiersOf(Tree tree) {
    if (tree instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (tree instanceof ClassTree type) {
      return type.getModifiers();
    }
    return ((VariableTree) tree).getModifiers();
  }

  private static Tree valueTree(
      AnnotationTree annotation, AnnotationMirror repeat, AnnotationValue value) {
    if (annotation.getArguments().isEmpty()) {
      return annotation;
    }
    ExpressionTree argument = annotation.getArguments().get(0);
    if (argument instanceof AssignmentTree assignment) {
      argument = assignment.getExpression();
    }
    List<AnnotationValue> values = AnnotationReader.valuesOf(repeat);
    int index = -1;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == value) {
        index = i;
      }
    }
    if (index < 0) {
      return argument;
    }
    if (argument instanceof NewArrayTree array && index < array.getInitializers().size()) {
      return array.getInitializers().get(index);
    }
    return argument;
  }
}
