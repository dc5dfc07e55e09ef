package io.axioms.conformance;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.axioms.runtime.AxiomsException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the validator behind a valid signature: the input is the claims JSON, or a header JSON and
 * a claims JSON separated by a NUL byte, signed ES256 with the issuer's real key, so that the
 * fuzzer reaches the header rules, the claim rules and the grant extraction. Nothing but {@link
 * AxiomsException} may escape.
 */
class SignedTokenFuzzTest {

  private static ProtectedApi api;
  private static byte[] header;

  @BeforeAll
  static void start() {
    api = ProtectedApi.start();
    header = Jws.utf8(Jws.json(api.forge.headerFor("ES256")));
    api.accept(api.forge.validEs256());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @FuzzTest(maxDuration = "5s")
  void fuzzSignedToken(byte[] data) {
    int separator = indexOfNul(data);
    byte[] tokenHeader = separator < 0 ? header : Arrays.copyOfRange(data, 0, separator);
    byte[] claims = separator < 0 ? data : Arrays.copyOfRange(data, separator + 1, data.length);
    String token =
        Jws.compact(
            tokenHeader, claims, Jws.jca("SHA256withECDSAinP1363Format", api.forge.ecPrivate()));
    try (SilentCloseable onlyTheIssuer = onlyTheIssuer()) {
      api.validator().validate("Bearer " + token);
    } catch (AxiomsException expected) {
      // The one failure the validator may throw.
    }
  }

  /** Lets the validator reach the issuer's key set, and flags a connection anywhere else. */
  private static SilentCloseable onlyTheIssuer() {
    int port = api.issuer.port();
    return BugDetectors.allowNetworkConnections(
        (host, connectedPort) ->
            connectedPort == port && (host.equals("127.0.0.1") || host.equals("localhost")));
  }

  private static int indexOfNul(byte[] data) {
    for (int i = 0; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
