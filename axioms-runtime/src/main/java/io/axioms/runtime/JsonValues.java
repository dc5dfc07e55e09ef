package io.axioms.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, read-only copies of parsed JSON values. */
final class JsonValues {

  private JsonValues() {}

  /** Returns a read-only deep copy of a JSON object, keeping member order. */
  static Map<String, Object> freezeObject(Map<String, ?> object) {
    Map<String, Object> copy = new LinkedHashMap<>();
    object.forEach((name, value) -> copy.put(name, freeze(value)));
    return Collections.unmodifiableMap(copy);
  }

  /** Returns a read-only deep copy of any JSON value; scalars are returned as they are. */
  static Object freeze(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((name, member) -> copy.put(String.valueOf(name), freeze(member)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<?>) value) {
        copy.add(freeze(element));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
