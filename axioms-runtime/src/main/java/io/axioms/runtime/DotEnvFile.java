package io.axioms.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code AXIOMS_} keys of a {@code .env} file: {@code KEY=value} lines, an optional
 * {@code export} prefix, {@code #} comments, and values optionally in single or double quotes.
 * Lines for other keys are ignored, whatever their syntax, because the file belongs to the
 * application.
 */
final class DotEnvFile {

  private static final String PREFIX = "AXIOMS_";

  private DotEnvFile() {}

  /** Returns the file's values as a source; a missing file is an empty source. */
  static ConfigSource read(Path file) {
    if (!Files.isRegularFile(file)) {
      return key -> null;
    }
    try {
      return ConfigSource.of(parse(Files.readAllLines(file, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw new AxiomsConfigException(
          ".env", ".env in " + file.toAbsolutePath().getParent() + " cannot be read: " + e);
    }
  }

  /** Returns the {@code AXIOMS_} assignments of the given lines. */
  static Map<String, String> parse(List<String> lines) {
    Map<String, String> values = new HashMap<>();
    for (String line : lines) {
      String assignment = stripExport(line.strip());
      int equals = assignment.indexOf('=');
      if (!assignment.startsWith(PREFIX) || equals < 0) {
        continue;
      }
      String key = assignment.substring(0, equals).strip();
      values.put(key, value(assignment.substring(equals + 1).strip()));
    }
    return values;
  }

  private static String stripExport(String line) {
    return line.startsWith("export ") ? line.substring("export ".length()).strip() : line;
  }

  private static String value(String raw) {
    if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')) {
      int close = raw.indexOf(raw.charAt(0), 1);
      if (close > 0) {
        return raw.substring(1, close);
      }
    }
    int comment = raw.indexOf(" #");
    return comment < 0 ? raw : raw.substring(0, comment).strip();
  }
}
