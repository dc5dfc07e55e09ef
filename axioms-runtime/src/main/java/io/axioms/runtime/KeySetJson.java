package io.axioms.runtime;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a key set (RFC 7517, section 5) one key at a time. The body must be one strict JSON object
 * (see {@link StrictJson}: no duplicate names, bounded depth) whose {@code keys} member is an
 * array, or the whole set is refused. A member of that array that is not an object, that holds a
 * key parameter which is not canonical base64url, or that Nimbus cannot parse as a key, is skipped
 * and named in {@link Parsed#skipped}; the other keys are kept.
 */
final class KeySetJson {

  /** The members of RFC 7517 and 7518 that hold base64url, checked to be canonical. */
  private static final List<String> BASE64URL_MEMBERS =
      List.of("n", "e", "x", "y", "d", "p", "q", "dp", "dq", "qi", "k", "x5t", "x5t#S256");

  /** The keys that parsed, and a short note for each member that was skipped. */
  static final class Parsed {
    final JWKSet keySet;
    final List<String> skipped;

    private Parsed(List<JWK> keys, List<String> skipped) {
      this.keySet = new JWKSet(keys);
      this.skipped = List.copyOf(skipped);
    }
  }

  private KeySetJson() {}

  /**
   * Parses a key set, skipping the members that are not keys.
   *
   * @throws ParseException when the text is not a JSON object with a {@code keys} array
   */
  static Parsed parse(String text) throws ParseException {
    Map<String, Object> document;
    try {
      document = StrictJson.parseObject(text);
    } catch (StrictJson.Malformed e) {
      throw new ParseException("Key set is not a JSON object", 0);
    }
    Object members = document.get("keys");
    if (!(members instanceof List)) {
      throw new ParseException("Key set has no \"keys\" array", 0);
    }
    List<JWK> keys = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int index = 0;
    for (Object member : (List<?>) members) {
      JWK key = key(member);
      if (key == null) {
        skipped.add(note(index, member));
      } else {
        keys.add(key);
      }
      index++;
    }
    return new Parsed(keys, skipped);
  }

  @SuppressWarnings("unchecked")
  private static JWK key(Object member) {
    if (!(member instanceof Map) || !canonicalBase64Url((Map<String, Object>) member)) {
      return null;
    }
    try {
      return JWK.parse((Map<String, Object>) member);
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  /** Nimbus decodes base64url leniently; a key member must be canonical, non-empty base64url. */
  private static boolean canonicalBase64Url(Map<String, Object> key) {
    for (String name : BASE64URL_MEMBERS) {
      Object value = key.get(name);
      if (value == null && !key.containsKey(name)) {
        continue;
      }
      if (!(value instanceof String)
          || ((String) value).isEmpty()
          || Base64UrlStrict.decode((String) value, 0, ((String) value).length()) == null) {
        return false;
      }
    }
    return true;
  }

  /** Names a skipped member by position and kid only: never its key material. */
  private static String note(int index, Object member) {
    String position = "#" + index;
    if (!(member instanceof Map)) {
      return position + " (not an object)";
    }
    Object kid = ((Map<?, ?>) member).get("kid");
    return kid instanceof String
        ? position + " (kid " + LogText.quoted((String) kid) + ")"
        : position + " (no kid)";
  }
}
