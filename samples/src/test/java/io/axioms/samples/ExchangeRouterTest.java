package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JDK server's routing, with plain endpoints standing in for the guarded ones. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeRouterTest {

  private JdkSampleServer server;
  private String base;

  @BeforeAll
  void start() throws Exception {
    List<Route> routes =
        List.of(
            new Route("GET", "/thing", authorization -> "read " + authorization),
            new Route("DELETE", "/thing", authorization -> "deleted"),
            new Route(
                "GET",
                "/refused",
                authorization -> {
                  throw AxiomsException.missingCredential();
                }),
            new Route(
                "GET",
                "/broken",
                authorization -> {
                  throw new IllegalStateException("secret detail");
                }));
    AxiomsConfig config =
        AxiomsConfig.builder().issuerUrl("https://issuer.example").audience("api").build();
    server = JdkSampleServer.start(new InetSocketAddress("127.0.0.1", 0), routes, config);
    base = "http://127.0.0.1:" + server.address().getPort();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void exactPathAndMethodReachTheEndpointWithTheHeader() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", base + "/thing", "Bearer x\"y");

    assertEquals(200, response.statusCode());
    assertEquals("{\"message\":\"read Bearer x\\\"y\"}", response.body());
    assertEquals(
        String.valueOf(response.body().length()),
        response.headers().firstValue("Content-Length").orElse(""));
  }

  @Test
  void longerPathIsNotAPrefixMatch() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", base + "/thing/else", null);

    assertEquals(404, response.statusCode());
    assertEquals("{\"message\":\"Not found\"}", response.body());
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> response = SampleHttp.call("POST", base + "/thing", null);

    assertEquals(405, response.statusCode());
    assertEquals("GET, DELETE", response.headers().firstValue("Allow").orElse(""));
    assertEquals("{\"message\":\"Method not allowed\"}", response.body());
  }

  @Test
  void refusalIsWrittenByTheRuntimeFilter() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", base + "/refused", null);

    assertEquals(401, response.statusCode());
    assertEquals(
        "Bearer realm=\"https://issuer.example\"",
        response.headers().firstValue("WWW-Authenticate").orElse(""));
    assertTrue(response.headers().firstValue("Content-Length").isPresent());
  }

  @Test
  void failingEndpointIs500WithoutItsDetail() throws Exception {
    HttpResponse<String> response = SampleHttp.call("GET", base + "/broken", null);

    assertEquals(500, response.statusCode());
    assertEquals("{\"message\":\"Internal server error\"}", response.body());
  }
}
