package io.axioms.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.runtime.AxiomsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every known class of hostile token, each a 401 {@code invalid_token}: never accepted, never a
 * 5xx, never an exception other than {@link io.axioms.runtime.AxiomsException}. The API allows
 * RS256 and ES256 only; the issuer also publishes a 1024-bit RSA key, a P-384 key claiming ES256
 * and a correct ES384 key, so that the key rules are tested against keys the API really holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAttackTest {

  /** The runtime's default {@code AXIOMS_MAX_TOKEN_SIZE}. */
  private static final int MAX_TOKEN_SIZE = 8192;

  private ProtectedApi api;
  private AttackKit kit;
  private AttackerCertificate certificate;

  @BeforeAll
  void start(@TempDir Path directory) {
    api = ProtectedApi.start(settings -> settings.algorithms("RS256", "ES256"));
    kit = AttackKit.around(api.issuer, api.forge);
    certificate = AttackerCertificate.generate(directory);
    api.accept(api.forge.valid());
  }

  @AfterAll
  void stop() {
    kit.close();
    api.close();
  }

  Stream<Named<String>> signatureAttacks() {
    return SignatureAttacks.all(kit);
  }

  Stream<Named<String>> headerAttacks() {
    return HeaderAttacks.all(kit, certificate);
  }

  Stream<Named<String>> encodingAttacks() {
    return EncodingAttacks.all(api.forge);
  }

  Stream<Named<String>> claimAttacks() {
    return ClaimAttacks.all(api.forge);
  }

  @Test
  void baselineTokensAreAccepted() {
    api.accept(api.forge.valid());
    api.accept(api.forge.validEs256());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signatureAttacks")
  void signatureAttackIsRejected(String token) {
    api.reject(token);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headerAttacks")
  void headerAttackIsRejected(String token) {
    api.reject(token);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodingAttacks")
  void encodingAttackIsRejected(String token) {
    api.reject(token);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("claimAttacks")
  void claimAttackIsRejected(String token) {
    api.reject(token);
  }

  Stream<Named<String>> oversizedAttacks() {
    return Stream.of(encodingAttacks(), signatureAttacks(), headerAttacks(), claimAttacks())
        .flatMap(attacks -> attacks)
        .filter(attack -> attack.getPayload().length() > MAX_TOKEN_SIZE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversizedAttacks")
  void oversizedTokenIsRejectedBeforeParsing(String token) {
    AxiomsException failure = api.reject(token);

    assertTrue(
        failure.description().contains("size limit"),
        () -> "parsed before the size cap: " + failure.description());
  }

  @Test
  void pbes2WithHugeIterationCountIsAnsweredAtOnce() {
    String token = HeaderAttacks.pbes2WithHugeIterationCount();

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.reject(token));
  }

  @Test
  void embeddedKeyLocationsAreNeverFetched() {
    List<String> tokens =
        HeaderAttacks.embeddedKeys(kit, certificate).map(Named::getPayload).toList();

    tokens.forEach(api::reject);

    assertEquals(0, kit.attackerRequests(), "the API called the attacker's server");
  }
}
