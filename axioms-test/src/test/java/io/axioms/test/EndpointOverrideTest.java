package io.axioms.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndpointOverrideTest extends SharedIssuer {

  @Test
  void jwksAnswersTheOverriddenStatusUntilReset() throws Exception {
    issuer.jwksEndpoint().override(EndpointOverride.status(503));

    HttpResponse<String> overridden = HttpProbe.get(issuer.jwksUrl());
    issuer.jwksEndpoint().reset();
    HttpResponse<String> normal = HttpProbe.get(issuer.jwksUrl());

    assertEquals(503, overridden.statusCode());
    assertEquals("", overridden.body());
    assertEquals(200, normal.statusCode());
    assertEquals(2, issuer.jwksEndpoint().requestCount());
  }

  @Test
  void discoveryAnswersTheOverriddenBodyContentTypeAndHeaders() throws Exception {
    issuer
        .discoveryEndpoint()
        .override(
            EndpointOverride.json("<html>login</html>")
                .withStatus(202)
                .withContentType("text/html")
                .withHeader("Cache-Control", "max-age=5"));

    HttpResponse<String> response = HttpProbe.get(issuer.discoveryUrl());

    assertEquals(202, response.statusCode());
    assertEquals("<html>login</html>", response.body());
    assertEquals("text/html", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("max-age=5", response.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void replacedJwksBodyIsServedByteForByte() throws Exception {
    issuer.jwksEndpoint().override(EndpointOverride.json("{\"keys\": [ {\"kty\": \"nope\"} ]}"));

    HttpResponse<String> response = HttpProbe.get(issuer.jwksUrl());

    assertEquals(200, response.statusCode());
    assertEquals("{\"keys\": [ {\"kty\": \"nope\"} ]}", response.body());
  }

  @Test
  void delayedAnswerOutlastsAShortClientTimeout() {
    issuer.jwksEndpoint().override(EndpointOverride.status(200).withDelay(Duration.ofSeconds(3)));
    HttpRequest.Builder impatient =
        HttpRequest.newBuilder(URI.create(issuer.jwksUrl())).timeout(Duration.ofMillis(200));

    assertThrows(
        HttpTimeoutException.class,
        () ->
            java.net.http.HttpClient.newHttpClient()
                .send(impatient.build(), HttpResponse.BodyHandlers.discarding()));
    assertEquals(1, issuer.jwksEndpoint().requestCount());
  }

  @Test
  void trickledBodyArrivesInSmallPiecesWithItsFullLengthDeclared() throws Exception {
    String body = "{\"keys\":[]}";
    issuer
        .jwksEndpoint()
        .override(EndpointOverride.json(body).withTrickle(1, Duration.ofMillis(40)));

    HttpProbe.RawResponse response =
        HttpProbe.raw(
            issuer.port(),
            "GET /.well-known/jwks.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertTrue(response.text.contains("Content-length: " + body.length()), response.text);
    assertTrue(response.text.endsWith(body), response.text);
    assertTrue(response.reads >= body.length(), "reads: " + response.reads);
  }

  @Test
  void unbrokenBodyArrivesInOnePiece() throws Exception {
    HttpProbe.RawResponse response =
        HttpProbe.raw(
            issuer.port(),
            "GET /.well-known/jwks.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertTrue(response.reads < 4, "reads: " + response.reads);
  }

  @Test
  void tokenEndpointCanBeOverriddenToo() throws Exception {
    issuer.tokenEndpoint().override(EndpointOverride.status(500));

    assertEquals(500, HttpProbe.get(issuer.tokenUrl()).statusCode());
    assertEquals(1, issuer.tokenEndpoint().requestCount());
  }

  @Test
  void invalidSettingsAreRefused() {
    EndpointOverride ok = EndpointOverride.status(200);

    assertThrows(IllegalArgumentException.class, () -> EndpointOverride.status(99));
    assertThrows(IllegalArgumentException.class, () -> ok.withStatus(600));
    assertThrows(IllegalArgumentException.class, () -> ok.withDelay(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> ok.withTrickle(0, Duration.ZERO));
  }
}
