package io.axioms.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a query string or an {@code application/x-www-form-urlencoded} body. */
final class FormParameters {

  private final Map<String, List<String>> values;

  private FormParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Parses {@code a=1&b=2&b=3}; a {@code null} or empty text has no parameters. */
  static FormParameters parse(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      }
    }
    return new FormParameters(values);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** Returns the first value of a parameter, or null. */
  String first(String name) {
    List<String> found = values.get(name);
    return found == null ? null : found.get(0);
  }

  /**
   * Returns every value of a parameter, each split on spaces and commas, blanks dropped: {@code
   * roles=a,b&roles=c} and {@code roles=a b c} both give {@code [a, b, c]}.
   */
  String[] list(String name) {
    List<String> all = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      for (String item : value.split("[ ,]+")) {
        if (!item.isEmpty()) {
          all.add(item);
        }
      }
    }
    return all.toArray(new String[0]);
  }
}
