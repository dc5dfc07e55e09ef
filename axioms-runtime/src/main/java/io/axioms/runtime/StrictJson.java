package io.axioms.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser for token headers and payloads: no comments, no single quotes, no
 * unquoted names, no trailing text, no duplicate member names at any depth, nesting at most {@link
 * #MAX_DEPTH} deep. Objects become maps that keep member order, arrays lists, numbers {@link Long}
 * when integral and in range and {@link Double} otherwise (never infinite).
 */
final class StrictJson {

  static final int MAX_DEPTH = 32;

  private final String text;
  private int position;
  private int depth;

  private StrictJson(String text) {
    this.text = text;
  }

  /**
   * Returns the members of a text that is exactly one JSON object.
   *
   * @throws Malformed when it is anything else
   */
  static Map<String, Object> parseObject(String text) {
    StrictJson parser = new StrictJson(text);
    parser.skipWhitespace();
    if (parser.peek() != '{') {
      throw new Malformed(false);
    }
    Map<String, Object> object = parser.object();
    parser.skipWhitespace();
    if (parser.position != text.length()) {
      throw new Malformed(false);
    }
    return object;
  }

  private Object value() {
    skipWhitespace();
    char c = peek();
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    enter();
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      position++;
      depth--;
      return members;
    }
    do {
      skipWhitespace();
      String name = string();
      skipWhitespace();
      expect(':');
      if (members.containsKey(name)) {
        throw new Malformed(true);
      }
      members.put(name, value());
      skipWhitespace();
    } while (consume(','));
    expect('}');
    depth--;
    return members;
  }

  private List<Object> array() {
    enter();
    List<Object> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      position++;
      depth--;
      return elements;
    }
    do {
      elements.add(value());
      skipWhitespace();
    } while (consume(','));
    expect(']');
    depth--;
    return elements;
  }

  private String string() {
    expect('"');
    StringBuilder builder = null;
    int runStart = position;
    while (true) {
      char c = next();
      if (c == '"') {
        String run = text.substring(runStart, position - 1);
        return builder == null ? run : builder.append(run).toString();
      }
      if (c < 0x20) {
        throw new Malformed(false);
      }
      if (c == '\\') {
        builder = builder == null ? new StringBuilder() : builder;
        builder.append(text, runStart, position - 1).append(escape());
        runStart = position;
      }
    }
  }

  private char escape() {
    char c = next();
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return unicodeEscape();
      default:
        throw new Malformed(false);
    }
  }

  private char unicodeEscape() {
    if (position + 4 > text.length()) {
      throw new Malformed(false);
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(position++), 16);
      if (digit < 0) {
        throw new Malformed(false);
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private Number number() {
    int start = position;
    consume('-');
    if (!consume('0')) {
      digits();
    }
    boolean integral = true;
    if (consume('.')) {
      integral = false;
      digits();
    }
    if (consume('e') || consume('E')) {
      integral = false;
      if (!consume('+')) {
        consume('-');
      }
      digits();
    }
    return toNumber(text.substring(start, position), integral);
  }

  private static Number toNumber(String literal, boolean integral) {
    if (integral && literal.length() <= 18) {
      return Long.parseLong(literal);
    }
    double value = Double.parseDouble(literal);
    if (Double.isInfinite(value)) {
      throw new Malformed(false);
    }
    return value;
  }

  private void digits() {
    int start = position;
    while (position < text.length()
        && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    if (position == start) {
      throw new Malformed(false);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw new Malformed(false);
    }
    position += word.length();
    return value;
  }

  private void enter() {
    position++;
    if (++depth > MAX_DEPTH) {
      throw new Malformed(false);
    }
  }

  private void skipWhitespace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private char next() {
    if (position >= text.length()) {
      throw new Malformed(false);
    }
    return text.charAt(position++);
  }

  private boolean consume(char c) {
    if (peek() == c && position < text.length()) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw new Malformed(false);
    }
  }

  /**
   * Text that is not one strict JSON object; {@link #duplicateMember} tells the two cases apart.
   */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean duplicateMember;

    Malformed(boolean duplicateMember) {
      super(
          duplicateMember ? "duplicate member name" : "not a strict JSON object",
          null,
          false,
          false);
      this.duplicateMember = duplicateMember;
    }

    boolean duplicateMember() {
      return duplicateMember;
    }
  }
}
