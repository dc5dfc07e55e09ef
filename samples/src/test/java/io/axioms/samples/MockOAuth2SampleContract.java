package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;

/**
 * A sample jar that trusts an OIDC server this project did not write: {@code
 * no.nav.security:mock-oauth2-server}, configured only through {@code AXIOMS_ISS_URL} (so the
 * sample finds the key set through the server's discovery document) and {@code AXIOMS_AUDIENCE}.
 * Tokens come from real OAuth2 client-credentials requests to the server's token endpoint.
 */
public abstract class MockOAuth2SampleContract extends SampleRouteContract {

  private static final String ISSUER_ID = "axioms";
  private static final String AUDIENCE = "axioms-sample-api";
  private static final String CLIENT = "sample-client";

  private MockOAuth2Server server;

  /**
   * Starts the server and warms it up (its first answers are slow while its classes load), then
   * names it to the sample. The key-set timeouts are longer than the defaults because this machine
   * may be busy building other modules while the tests run; nothing else is configured.
   */
  @Override
  protected Map<String, String> sampleEnvironment() throws Exception {
    server = new MockOAuth2Server();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    SampleHttp.call("GET", server.wellKnownUrl(ISSUER_ID).toString(), null);
    SampleHttp.call("GET", server.jwksUrl(ISSUER_ID).toString(), null);
    return Map.of(
        "AXIOMS_ISS_URL",
        server.issuerUrl(ISSUER_ID).toString(),
        "AXIOMS_AUDIENCE",
        AUDIENCE,
        "AXIOMS_JWKS_CONNECT_TIMEOUT",
        "5s",
        "AXIOMS_JWKS_READ_TIMEOUT",
        "5s",
        "AXIOMS_JWKS_FETCH_DEADLINE",
        "10s");
  }

  @AfterAll
  void stopServer() {
    server.shutdown();
  }

  @Override
  protected TokenSource tokens() {
    return this::clientCredentials;
  }

  /**
   * Asks the server for a token the way a service does: a client-credentials grant with HTTP Basic
   * client authentication. The server's token callback decides the claims, so one is queued first
   * with the grant's roles, permissions and scopes and the sample's audience.
   */
  private String clientCredentials(Grant grant) throws Exception {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("scope", String.join(" ", grant.scopes()));
    claims.put("roles", grant.roles());
    claims.put("permissions", grant.permissions());
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(ISSUER_ID, CLIENT, "JWT", List.of(AUDIENCE), claims, 300));

    String form =
        "grant_type=client_credentials&scope="
            + URLEncoder.encode(String.join(" ", grant.scopes()), StandardCharsets.UTF_8);
    String credentials =
        Base64.getEncoder().encodeToString((CLIENT + ":secret").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        SampleHttp.postForm(server.tokenEndpointUrl(ISSUER_ID).toString(), form, credentials);
    assertEquals(200, response.statusCode(), response.body());
    return (String) json(response).get("access_token");
  }
}
