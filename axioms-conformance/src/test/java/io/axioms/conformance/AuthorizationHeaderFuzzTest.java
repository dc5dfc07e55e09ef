package io.axioms.conformance;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.axioms.runtime.AxiomsException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the validator with raw {@code Authorization} header values. Nothing but {@link
 * AxiomsException} may escape; any other exception or error is a finding. {@code mvn verify}
 * replays the committed inputs in {@code AuthorizationHeaderFuzzTestInputs} and then fuzzes for a
 * few seconds; docs/security.md says how to fuzz for longer.
 */
class AuthorizationHeaderFuzzTest {

  private static ProtectedApi api;
  private static String validToken;

  @BeforeAll
  static void start() {
    api = ProtectedApi.start();
    validToken = api.forge.valid();
    api.accept(validToken);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @FuzzTest(maxDuration = "5s")
  void fuzzHeader(byte[] data) {
    String header = new String(data, StandardCharsets.UTF_8).replace("$TOKEN", validToken);
    try (SilentCloseable onlyTheIssuer = onlyTheIssuer()) {
      api.validator().validate(header);
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
}
