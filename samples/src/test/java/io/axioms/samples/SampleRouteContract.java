package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The route checks every sample must pass, whatever framework serves it and whatever issuer it
 * trusts: each guarded route allows a token that grants just enough, refuses a missing credential
 * (401, no error code), a malformed one (401 {@code invalid_token}) and a token that grants too
 * little (403 {@code insufficient_scope}); unknown paths are 404 and wrong methods 405, all with
 * JSON bodies. The jar runs once per test class, started as {@link SampleProcess} describes;
 * subclasses name the jar, the settings it starts with and where tokens come from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SampleRouteContract {

  private Path directory;
  private SampleProcess sample;
  private String baseUrl;

  /**
   * Returns the runnable jar to start.
   *
   * @return the jar's path
   */
  protected abstract Path jar();

  /**
   * Returns the variables to start the sample with, after starting whatever they point at.
   *
   * @return the variables, such as {@code AXIOMS_ISS_URL}; empty for the embedded issuer
   * @throws Exception if what the sample should trust cannot start
   */
  protected abstract Map<String, String> sampleEnvironment() throws Exception;

  /**
   * Returns where the tests get tokens the sample should trust.
   *
   * @return the token source
   */
  protected abstract TokenSource tokens();

  @BeforeAll
  void startSample() throws Exception {
    directory = Files.createTempDirectory("axioms-sample");
    sample = SampleProcess.start(getClass().getSimpleName(), jar(), directory, sampleEnvironment());
    baseUrl = sample.awaitBaseUrl();
  }

  @AfterAll
  void stopSample() throws Exception {
    sample.close();
    Files.deleteIfExists(directory);
  }

  /**
   * Returns the running sample.
   *
   * @return the process
   */
  protected SampleProcess sample() {
    return sample;
  }

  /**
   * Returns the running sample's base URL.
   *
   * @return the URL, such as {@code http://127.0.0.1:40123}
   */
  protected String baseUrl() {
    return baseUrl;
  }

  @TestFactory
  Stream<DynamicTest> everyGuardedRouteAllowsEnoughAndRefusesTheRest() {
    return RouteCase.guarded().stream()
        .flatMap(
            route ->
                Stream.of(
                    dynamicTest(route + " allows " + route.enough, () -> allows(route)),
                    dynamicTest(route + " 401 without a token", () -> refusesMissing(route)),
                    dynamicTest(route + " 401 for a malformed token", () -> refusesInvalid(route)),
                    dynamicTest(route + " 403 for " + route.tooLittle, () -> refusesShort(route))));
  }

  private void allows(RouteCase route) throws Exception {
    HttpResponse<String> response = call(route, "Bearer " + tokens().token(route.enough));

    assertEquals(200, response.statusCode(), response.body());
    assertJsonWithFixedLength(response);
    String message = (String) json(response).get("message");
    assertTrue(message.startsWith(route.message), message);
  }

  private void refusesMissing(RouteCase route) throws Exception {
    HttpResponse<String> response = call(route, null);

    assertEquals(401, response.statusCode(), response.body());
    String challenge = challenge(response);
    assertTrue(challenge.startsWith("Bearer realm=\""), challenge);
    assertFalse(challenge.contains("error="), challenge);
    assertJsonWithFixedLength(response);
  }

  private void refusesInvalid(RouteCase route) throws Exception {
    HttpResponse<String> response = call(route, "Bearer not-a-token");

    assertEquals(401, response.statusCode(), response.body());
    assertTrue(challenge(response).contains("error=\"invalid_token\""), challenge(response));
    assertEquals("invalid_token", json(response).get("error"));
  }

  private void refusesShort(RouteCase route) throws Exception {
    HttpResponse<String> response = call(route, "Bearer " + tokens().token(route.tooLittle));

    assertEquals(403, response.statusCode(), response.body());
    String challenge = challenge(response);
    assertTrue(challenge.contains("error=\"insufficient_scope\""), challenge);
    if (route.requiredScopes != null) {
      assertTrue(challenge.contains("scope=\"" + route.requiredScopes + "\""), challenge);
    }
    assertEquals("insufficient_scope", json(response).get("error"));
    assertJsonWithFixedLength(response);
  }

  @Test
  void publicRouteNeedsNoToken() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", baseUrl() + "/public", null);

    assertEquals(200, response.statusCode());
    assertEquals("Public endpoint. No authentication required.", json(response).get("message"));
    assertJsonWithFixedLength(response);
  }

  @Test
  void unknownPathIs404WithAJsonMessage() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", baseUrl() + "/nowhere", null);

    assertEquals(404, response.statusCode());
    assertTrue(json(response).get("message") instanceof String, response.body());
  }

  @Test
  void wrongMethodIs405NamingTheAllowedOnes() throws Exception {
    HttpResponse<String> put = SampleHttp.call("PUT", baseUrl() + "/role", null);
    HttpResponse<String> post = SampleHttp.call("POST", baseUrl() + "/public", null);

    assertEquals(405, put.statusCode());
    assertEquals(405, post.statusCode());
    assertTrue(json(put).get("message") instanceof String, put.body());
    String allowed = put.headers().firstValue("Allow").orElse("");
    for (String method : new String[] {"GET", "POST", "PATCH", "DELETE"}) {
      assertTrue(allowed.contains(method), allowed);
    }
    assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
  }

  private HttpResponse<String> call(RouteCase route, String authorization) throws Exception {
    return SampleHttp.call(route.method, baseUrl() + route.path, authorization);
  }

  private static String challenge(HttpResponse<String> response) {
    return response.headers().firstValue("WWW-Authenticate").orElse("");
  }

  static Map<String, Object> json(HttpResponse<String> response) throws Exception {
    return JSONObjectUtils.parse(response.body());
  }

  private static void assertJsonWithFixedLength(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/json"), type);
    assertTrue(response.headers().firstValue("Content-Length").isPresent(), "no Content-Length");
    assertFalse(response.headers().firstValue("Transfer-Encoding").isPresent(), "chunked");
  }
}
