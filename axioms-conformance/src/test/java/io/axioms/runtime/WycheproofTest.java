package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project Wycheproof's ECDSA (IEEE P1363 signatures), RSA PKCS #1 v1.5, RSA-PSS, JWS and JWK
 * vectors, run through the code the validator runs: {@link JwsSignatures#accepts} for raw
 * signatures, and for compact JWS the runtime's strict base64url and JSON, its header rules and its
 * key rules before the signature. Every vector must agree with Wycheproof, except those in {@link
 * #EXCEPTIONS}, where the runtime refuses by design what Wycheproof calls valid; for those the test
 * asserts the refusal.
 *
 * <p>The vectors live in this module's test resources with Wycheproof's LICENSE and a SOURCE note.
 */
class WycheproofTest {

  private static final JwsSignatures SIGNATURES = JwsSignatures.withAllSupportedAlgorithms();
  private static final HeaderRules HEADER_RULES =
      new HeaderRules(ConfigKeys.SUPPORTED_ALGORITHMS, ConfigKeys.DEFAULT_TOKEN_TYPS);

  private static final String HMAC =
      "HMAC: the runtime verifies asymmetric signatures only and never accepts a symmetric key,"
          + " so that a public key can never be turned into an HMAC secret";

  private static final String PS256_KEY_PS384_TOKEN =
      "the key declares alg PS256 and the token is PS384: the runtime refuses a key whose declared"
          + " alg differs from the token's (RFC 7517 section 4.4)";

  private static final String ES521_KEY =
      "the key declares alg ES521, which is no JWA algorithm (a slip in RFC 7520's example key),"
          + " and the token is ES512: the runtime refuses a key declared for another algorithm";

  /**
   * Java 17's SunEC provider refuses valid ECDSA signatures whose point {@code k*G} has an
   * x-coordinate of at least n (fixed in later JDKs). The runtime verifies through the JDK, so on
   * such a JDK it refuses them too: a false refusal, never a false acceptance. For these vectors
   * the test asserts that the runtime agrees with the JDK's own P1363 verifier.
   */
  private static final String JDK_LARGE_X =
      "the JDK's own ECDSA verifier decides: Java 17 refuses signatures whose k*G has x >= n";

  /** Vectors on which the runtime deliberately differs from Wycheproof, with the reason. */
  static final Map<String, String> EXCEPTIONS = exceptions();

  private static Map<String, String> exceptions() {
    Map<String, String> exceptions = new TreeMap<>();
    for (int id : new int[] {1, 348, 352, 357, 358, 359, 372, 373, 376, 377}) {
      exceptions.put("json_web_signature#" + id, HMAC);
    }
    for (int id : new int[] {2, 13, 14, 15}) {
      exceptions.put("json_web_key#" + id, HMAC);
    }
    exceptions.put("json_web_signature#346", PS256_KEY_PS384_TOKEN);
    exceptions.put("json_web_signature#350", PS256_KEY_PS384_TOKEN);
    exceptions.put("json_web_signature#347", ES521_KEY);
    exceptions.put("json_web_signature#351", ES521_KEY);
    for (String id :
        new String[] {
          "ecdsa_secp256r1_sha256_p1363#115",
          "ecdsa_secp384r1_sha384_p1363#147",
          "ecdsa_secp521r1_sha512_p1363#184",
          "ecdsa_secp256r1_sha256_p1363#257",
          "ecdsa_secp384r1_sha384_p1363#275",
          "ecdsa_secp521r1_sha512_p1363#313"
        }) {
      exceptions.put(id, JDK_LARGE_X);
    }
    return exceptions;
  }

  static Stream<WycheproofVector> ecdsaVectors() {
    return Stream.of(
            "ecdsa_secp256r1_sha256_p1363_test.json",
            "ecdsa_secp384r1_sha384_p1363_test.json",
            "ecdsa_secp521r1_sha512_p1363_test.json")
        .flatMap(file -> WycheproofVector.load(file).stream());
  }

  static Stream<WycheproofVector> rsaPkcs1Vectors() {
    return WycheproofVector.load("rsa_signature_2048_sha256_test.json").stream();
  }

  static Stream<WycheproofVector> rsaPssVectors() {
    return WycheproofVector.load("rsa_pss_2048_sha256_mgf1_32_test.json").stream();
  }

  static Stream<WycheproofVector> jwsVectors() {
    return WycheproofVector.load("json_web_signature_test.json").stream();
  }

  static Stream<WycheproofVector> jwkVectors() {
    return WycheproofVector.load("json_web_key_test.json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ecdsaVectors")
  void ecdsaP1363(WycheproofVector vector) throws Exception {
    ECKey key = ecKey(vector);
    JWSAlgorithm algorithm = ecdsaAlgorithm(vector.file);

    boolean accepted = SIGNATURES.accepts(key, algorithm, vector.hex("msg"), vector.hex("sig"));

    if (JDK_LARGE_X.equals(EXCEPTIONS.get(vector.key()))) {
      boolean jdk = jdkAcceptsP1363(key, algorithm, vector.hex("msg"), vector.hex("sig"));
      assertEquals(jdk, accepted, vector + ": " + JDK_LARGE_X);
      return;
    }
    assertAgrees(vector, accepted);
  }

  /** Returns the group's key: its JWK, or for groups without one, the uncompressed point. */
  private static ECKey ecKey(WycheproofVector vector) throws ParseException {
    Map<String, Object> jwk = vector.groupObject("publicKeyJwk");
    if (jwk != null) {
      return ECKey.parse(jwk);
    }
    String point = (String) vector.groupObject("publicKey").get("uncompressed");
    int half = (point.length() - 2) / 2;
    byte[] x = HexFormat.of().parseHex(point.substring(2, 2 + half));
    byte[] y = HexFormat.of().parseHex(point.substring(2 + half));
    Curve curve = Curve.forJWSAlgorithm(ecdsaAlgorithm(vector.file)).iterator().next();
    return new ECKey.Builder(curve, Base64URL.encode(x), Base64URL.encode(y)).build();
  }

  private static boolean jdkAcceptsP1363(
      ECKey key, JWSAlgorithm algorithm, byte[] message, byte[] signature) throws Exception {
    String hash = "SHA" + algorithm.getName().substring(2);
    Signature verifier = Signature.getInstance(hash + "withECDSAinP1363Format");
    verifier.initVerify(key.toECPublicKey());
    verifier.update(message);
    return verifier.verify(signature);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rsaPkcs1Vectors")
  void rsaPkcs1(WycheproofVector vector) throws ParseException {
    JWK key = JWK.parse(vector.groupObject("keyJwk"));

    boolean accepted =
        SIGNATURES.accepts(key, JWSAlgorithm.RS256, vector.hex("msg"), vector.hex("sig"));

    assertAgrees(vector, accepted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rsaPssVectors")
  void rsaPss(WycheproofVector vector) throws ParseException {
    JWK key = JWK.parse(vector.groupObject("publicKeyJwk"));

    boolean accepted =
        SIGNATURES.accepts(key, JWSAlgorithm.PS256, vector.hex("msg"), vector.hex("sig"));

    assertAgrees(vector, accepted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jwsVectors")
  void jsonWebSignature(WycheproofVector vector) {
    Map<String, Object> key =
        vector.group.containsKey("public")
            ? vector.groupObject("public")
            : vector.groupObject("private");

    boolean accepted = acceptsCompact(vector.test.get("jws"), List.of(key));

    assertAgrees(vector, accepted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jwkVectors")
  void jsonWebKey(WycheproofVector vector) {
    Map<String, Object> keySet =
        vector.group.containsKey("public")
            ? vector.groupObject("public")
            : vector.groupObject("private");

    boolean accepted = acceptsCompact(vector.test.get("jws"), keyList(keySet));

    assertAgrees(vector, accepted);
  }

  @Test
  void everyListedExceptionNamesAVectorThatExists() {
    List<String> known =
        Stream.of(jwsVectors(), jwkVectors(), ecdsaVectors(), rsaPkcs1Vectors(), rsaPssVectors())
            .flatMap(vectors -> vectors)
            .map(WycheproofVector::key)
            .collect(Collectors.toList());

    for (String exception : EXCEPTIONS.keySet()) {
      assertEquals(true, known.contains(exception), "no such vector: " + exception);
    }
  }

  /**
   * Returns whether the runtime accepts a compact JWS signed by one of the keys: strict base64url,
   * strict JSON header, header rules, a key of that {@code kid} that passes the key rules, and the
   * signature. The payload need not be JSON here, as Wycheproof's payloads are not claims.
   */
  private static boolean acceptsCompact(Object jws, List<Map<String, Object>> keys) {
    if (!(jws instanceof String)) {
      return false;
    }
    String token = (String) jws;
    String[] segments = token.split("\\.", -1);
    if (segments.length != 3 || segments[2].isEmpty()) {
      return false;
    }
    int firstDot = segments[0].length();
    int secondDot = firstDot + 1 + segments[1].length();
    byte[] header = Base64UrlStrict.decode(token, 0, firstDot);
    byte[] payload = Base64UrlStrict.decode(token, firstDot + 1, secondDot);
    byte[] signature = Base64UrlStrict.decode(token, secondDot + 1, token.length());
    if (header == null || payload == null || signature == null) {
      return false;
    }
    KeyReference reference;
    try {
      reference = HEADER_RULES.check(StrictJson.parseObject(utf8(header)));
    } catch (AxiomsException | StrictJson.Malformed | IllegalArgumentException e) {
      return false;
    }
    byte[] signingInput = token.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII);
    return keys.stream()
        .map(WycheproofTest::parseKey)
        .filter(key -> key != null && reference.keyId().equals(key.getKeyID()))
        .anyMatch(key -> SIGNATURES.accepts(key, reference.algorithm(), signingInput, signature));
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> keyList(Map<String, Object> keySet) {
    try {
      JWKSet.parse(keySet);
    } catch (ParseException e) {
      return List.of();
    }
    return (List<Map<String, Object>>) keySet.get("keys");
  }

  private static JWK parseKey(Map<String, Object> members) {
    try {
      return JWK.parse(members);
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  private static JWSAlgorithm ecdsaAlgorithm(String file) {
    if (file.contains("secp256r1")) {
      return JWSAlgorithm.ES256;
    }
    return file.contains("secp384r1") ? JWSAlgorithm.ES384 : JWSAlgorithm.ES512;
  }

  private static void assertAgrees(WycheproofVector vector, boolean accepted) {
    String exception = EXCEPTIONS.get(vector.key());
    if (exception != null) {
      assertEquals(false, accepted, vector + ": refused by design (" + exception + ")");
      return;
    }
    switch (vector.result()) {
      case "valid":
        assertEquals(true, accepted, vector + ": Wycheproof says valid");
        break;
      case "invalid":
        assertEquals(false, accepted, vector + ": Wycheproof says invalid");
        break;
      default:
        break;
    }
  }
}
