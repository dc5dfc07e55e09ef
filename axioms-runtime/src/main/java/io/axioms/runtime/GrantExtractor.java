package io.axioms.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a token grants. For each kind, the configured claim paths are tried in order and the
 * first one present (not absent and not JSON null) wins, even when its value is of no usable type.
 * Scopes are a space-delimited string (RFC 9068 {@code scope}) or an array of strings (Entra's
 * {@code scp} as some issuers send it); roles and permissions are an array of strings, or a single
 * string taken as one value. Array elements that are not strings are ignored. Values are kept
 * exactly as written: matching is exact and case-sensitive.
 */
final class GrantExtractor {

  private final List<ClaimPath> scopePaths;
  private final List<ClaimPath> rolePaths;
  private final List<ClaimPath> permissionPaths;

  GrantExtractor(
      List<ClaimPath> scopePaths, List<ClaimPath> rolePaths, List<ClaimPath> permissionPaths) {
    this.scopePaths = List.copyOf(scopePaths);
    this.rolePaths = List.copyOf(rolePaths);
    this.permissionPaths = List.copyOf(permissionPaths);
  }

  /** Returns the granted scopes. */
  Set<String> scopes(Map<String, Object> claims) {
    Object value = ClaimPath.first(scopePaths, claims);
    return value instanceof String ? splitOnSpaces((String) value) : strings(value);
  }

  /** Returns the granted roles. */
  Set<String> roles(Map<String, Object> claims) {
    return stringOrStrings(ClaimPath.first(rolePaths, claims));
  }

  /** Returns the granted permissions. */
  Set<String> permissions(Map<String, Object> claims) {
    return stringOrStrings(ClaimPath.first(permissionPaths, claims));
  }

  private static Set<String> stringOrStrings(Object value) {
    return value instanceof String ? Set.of((String) value) : strings(value);
  }

  private static Set<String> strings(Object value) {
    if (!(value instanceof List)) {
      return Set.of();
    }
    Set<String> values = new HashSet<>();
    for (Object element : (List<?>) value) {
      if (element instanceof String) {
        values.add((String) element);
      }
    }
    return values;
  }

  private static Set<String> splitOnSpaces(String scope) {
    List<String> values = new ArrayList<>();
    int start = 0;
    while (start <= scope.length()) {
      int space = scope.indexOf(' ', start);
      int end = space < 0 ? scope.length() : space;
      if (end > start) {
        values.add(scope.substring(start, end));
      }
      start = end + 1;
    }
    return new HashSet<>(values);
  }
}
