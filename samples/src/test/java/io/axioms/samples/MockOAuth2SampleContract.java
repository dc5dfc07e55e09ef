package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
  private Path directory;
  private SampleProcess sample;
  private String baseUrl;

  /**
   * Returns the runnable jar to start.
   *
   * @return the jar's path
   */
  protected abstract Path jar();

  @BeforeAll
  void startServerAndSample() throws Exception {
    server = new MockOAuth2Server();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    directory = Files.createTempDirectory("axioms-sample");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("AXIOMS_ISS_URL", server.issuerUrl(ISSUER_ID).toString());
    environment.put("AXIOMS_AUDIENCE", AUDIENCE);
    sample = SampleProcess.start(jar(), directory, environment);
    baseUrl = sample.awaitBaseUrl();
  }

  @AfterAll
  void stopSampleAndServer() throws Exception {
    sample.close();
    server.shutdown();
    Files.deleteIfExists(directory);
  }

  @Override
  protected String baseUrl() {
    return baseUrl;
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
