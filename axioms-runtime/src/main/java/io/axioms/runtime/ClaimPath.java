package io.axioms.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a claim is found in a token's claims. A name without a leading {@code /} is a top-level
 * claim name used verbatim, dots, colons and {@code https://} included ({@code cognito:groups},
 * {@code https://example.com/roles}). A name with a leading {@code /} is a JSON Pointer (RFC 6901)
 * into nested objects, such as {@code /realm_access/roles}, where {@code ~1} stands for {@code /}
 * and {@code ~0} for {@code ~}. Pointers walk object members only, not array indexes.
 */
final class ClaimPath {

  private final String text;
  private final String[] members;

  private ClaimPath(String text, String[] members) {
    this.text = text;
    this.members = members;
  }

  /**
   * Returns the path a configured claim name denotes.
   *
   * @throws AxiomsConfigException naming the key when a pointer has a bad {@code ~} escape
   */
  static ClaimPath parse(String key, String name) {
    if (!name.startsWith("/")) {
      return new ClaimPath(name, new String[] {name});
    }
    List<String> members = new ArrayList<>();
    for (String token : name.substring(1).split("/", -1)) {
      String member = unescape(token);
      if (member == null) {
        throw new AxiomsConfigException(
            key,
            key
                + " has a bad JSON Pointer '"
                + name
                + "': write ~0 for '~' and ~1 for '/' inside a member name");
      }
      members.add(member);
    }
    return new ClaimPath(name, members.toArray(new String[0]));
  }

  /** Returns the value at this path, or {@code null} when any step is absent or not an object. */
  Object resolve(Map<String, Object> claims) {
    Object current = claims.get(members[0]);
    for (int i = 1; i < members.length; i++) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(members[i]);
    }
    return current;
  }

  /**
   * Returns the value of the first path present (not absent and not JSON null) in the claims, or
   * {@code null} when none is.
   */
  static Object first(List<ClaimPath> paths, Map<String, Object> claims) {
    for (ClaimPath path : paths) {
      Object value = path.resolve(claims);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    StringBuilder member = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        member.append(c);
        continue;
      }
      char next = i + 1 < token.length() ? token.charAt(++i) : ' ';
      if (next != '0' && next != '1') {
        return null;
      }
      member.append(next == '0' ? '~' : '/');
    }
    return member.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
