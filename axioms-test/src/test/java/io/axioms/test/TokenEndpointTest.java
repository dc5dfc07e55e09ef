package io.axioms.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends SharedIssuer {

  @Test
  void getMintsATokenForTheRequestedClaims() throws Exception {
    HttpResponse<String> response =
        HttpProbe.get(
            issuer.tokenUrl()
                + "?scope=openid%20profile&roles=admin,editor&permissions=sample:read"
                + "&aud=orders&sub=bob&expires_in=120");
    Map<String, Object> body = JSONObjectUtils.parse(response.body());

    JWTClaimsSet claims = ServedKeys.verify(issuer, (String) body.get("access_token"));

    assertEquals(200, response.statusCode());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("Bearer", body.get("token_type"));
    assertEquals(120L, ((Number) body.get("expires_in")).longValue());
    assertEquals("openid profile", body.get("scope"));
    assertEquals("openid profile", claims.getStringClaim("scope"));
    assertEquals(List.of("admin", "editor"), claims.getStringListClaim("roles"));
    assertEquals(List.of("sample:read"), claims.getStringListClaim("permissions"));
    assertEquals(List.of("orders"), claims.getAudience());
    assertEquals("bob", claims.getSubject());
  }

  @Test
  void postFormMintsWithDefaultsAndIgnoresGrantType() throws Exception {
    HttpResponse<String> response =
        HttpProbe.postForm(
            issuer.tokenUrl(), "grant_type=client_credentials&roles=a&roles=b&alg=ES256");
    String token = (String) JSONObjectUtils.parse(response.body()).get("access_token");

    JWTClaimsSet claims = ServedKeys.verify(issuer, token);

    assertEquals(200, response.statusCode());
    assertEquals(JWSAlgorithm.ES256, SignedJWT.parse(token).getHeader().getAlgorithm());
    assertEquals(List.of(issuer.audience()), claims.getAudience());
    assertEquals(List.of("a", "b"), claims.getStringListClaim("roles"));
    assertEquals(null, claims.getClaim("scope"));
  }

  @Test
  void badParametersAre400WithoutEchoingThem() throws Exception {
    for (String query : List.of("expires_in=0", "expires_in=never", "alg=none", "scope=%zz")) {
      HttpResponse<String> response = HttpProbe.postForm(issuer.tokenUrl(), query);
      Map<String, Object> body = JSONObjectUtils.parse(response.body());

      assertEquals(400, response.statusCode(), query);
      assertEquals("invalid_request", body.get("error"), query);
      assertTrue(!response.body().contains("never") && !response.body().contains("zz"), query);
    }
  }

  @Test
  void refusesAHostHeaderThatIsNotLoopback() throws Exception {
    String request =
        "GET /token?roles=admin HTTP/1.1\r\nHost: attacker.example:"
            + issuer.port()
            + "\r\nConnection: close\r\n\r\n";

    HttpProbe.RawResponse response = HttpProbe.raw(issuer.port(), request);

    assertTrue(response.text.startsWith("HTTP/1.1 403"), response.text);
    assertTrue(response.text.contains("access_denied"), response.text);
    assertTrue(!response.text.contains("access_token"), response.text);
  }

  @Test
  void acceptsLocalhostHostHeader() throws Exception {
    String request =
        "GET /token HTTP/1.1\r\nHost: localhost:" + issuer.port() + "\r\nConnection: close\r\n\r\n";

    HttpProbe.RawResponse response = HttpProbe.raw(issuer.port(), request);

    assertTrue(response.text.startsWith("HTTP/1.1 200"), response.text);
    assertTrue(response.text.contains("access_token"), response.text);
  }

  @Test
  void wrongMethodIs405() throws Exception {
    HttpResponse<String> response =
        HttpProbe.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer.tokenUrl())).DELETE());

    assertEquals(405, response.statusCode());
    assertEquals("GET, POST", response.headers().firstValue("Allow").orElse(""));
  }
}
