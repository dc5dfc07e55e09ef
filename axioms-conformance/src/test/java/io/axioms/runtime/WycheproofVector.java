package io.axioms.runtime;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One Project Wycheproof test case, read from the vendored files under {@code
 * src/test/resources/wycheproof}: the key (a JWK or a key set, as JSON members), the input and what
 * Wycheproof expects.
 */
final class WycheproofVector {

  final String file;
  final long id;
  final String comment;
  final Map<String, Object> group;
  final Map<String, Object> test;

  private WycheproofVector(String file, Map<String, Object> group, Map<String, Object> test) {
    this.file = file;
    this.group = group;
    this.test = test;
    this.id = ((Number) test.get("tcId")).longValue();
    this.comment = String.valueOf(test.get("comment"));
  }

  /** Returns every test case of a vendored file, in file order. */
  @SuppressWarnings("unchecked")
  static List<WycheproofVector> load(String file) {
    Map<String, Object> root = parse(file);
    List<WycheproofVector> vectors = new ArrayList<>();
    for (Object group : (List<Object>) root.get("testGroups")) {
      Map<String, Object> members = (Map<String, Object>) group;
      for (Object test : (List<Object>) members.get("tests")) {
        vectors.add(new WycheproofVector(file, members, (Map<String, Object>) test));
      }
    }
    return vectors;
  }

  private static Map<String, Object> parse(String file) {
    try (InputStream in = WycheproofVector.class.getResourceAsStream("/wycheproof/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource wycheproof/" + file);
      }
      return JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("Unreadable test resource wycheproof/" + file, e);
    }
  }

  /** Returns Wycheproof's verdict: {@code valid}, {@code invalid} or {@code acceptable}. */
  String result() {
    return (String) test.get("result");
  }

  byte[] hex(String member) {
    return HexFormat.of().parseHex((String) test.get(member));
  }

  String string(String member) {
    return (String) test.get(member);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> groupObject(String member) {
    return (Map<String, Object>) group.get(member);
  }

  /** Returns the key as {@code file#tcId}, how exceptions are listed. */
  String key() {
    return file.replace("_test.json", "") + "#" + id;
  }

  @Override
  public String toString() {
    return key() + " " + result() + " " + comment + " " + test.get("flags");
  }
}
