package io.axioms.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalIssuerTest extends SharedIssuer {

  @Test
  void listensOnLoopbackWithConsistentUrls() {
    assertTrue(issuer.port() > 0);
    assertEquals("http://127.0.0.1:" + issuer.port(), issuer.issuerUrl());
    assertEquals(issuer.issuerUrl() + "/.well-known/jwks.json", issuer.jwksUrl());
    assertEquals(issuer.issuerUrl() + "/.well-known/openid-configuration", issuer.discoveryUrl());
    assertEquals(issuer.issuerUrl() + "/token", issuer.tokenUrl());
  }

  @Test
  void servesPublicSigningKeysOnly() throws Exception {
    HttpResponse<String> response = HttpProbe.get(issuer.jwksUrl());
    JWKSet served = JWKSet.parse(response.body());

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(2, served.size());
    assertFalse(served.containsNonPublicKeys());
    assertFalse(response.body().contains("\"d\""), response.body());
    for (JWK key : served.getKeys()) {
      assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
      assertTrue(key.getKeyID() != null && !key.getKeyID().isBlank());
    }
    assertEquals(JWSAlgorithm.RS256, keyById(served, issuer.signingKeys().rsa()).getAlgorithm());
    assertEquals(JWSAlgorithm.ES256, keyById(served, issuer.signingKeys().ec()).getAlgorithm());
  }

  private static JWK keyById(JWKSet set, JWK key) {
    return set.getKeyByKeyId(key.getKeyID());
  }

  @Test
  void exposesPrivateSigningKeysToTheTest() {
    assertTrue(issuer.signingKeys().rsa().isPrivate());
    assertTrue(issuer.signingKeys().ec().isPrivate());
    assertNotEquals(issuer.signingKeys().rsa().getKeyID(), issuer.signingKeys().ec().getKeyID());
  }

  @Test
  void discoveryDocumentNamesTheIssuerAndItsEndpoints() throws Exception {
    HttpResponse<String> response = HttpProbe.get(issuer.discoveryUrl());
    Map<String, Object> document = JSONObjectUtils.parse(response.body());

    assertEquals(200, response.statusCode());
    assertEquals(issuer.issuerUrl(), document.get("issuer"));
    assertEquals(issuer.jwksUrl(), document.get("jwks_uri"));
    assertEquals(issuer.tokenUrl(), document.get("token_endpoint"));
    assertEquals(List.of("RS256", "ES256"), document.get("id_token_signing_alg_values_supported"));
  }

  @Test
  void rotationPublishesNewKeyIdsOnly() throws Exception {
    SigningKeys before = issuer.signingKeys();

    SigningKeys after = issuer.rotateKeys();
    JWKSet served = JWKSet.parse(HttpProbe.get(issuer.jwksUrl()).body());

    assertSame(after, issuer.signingKeys());
    assertNotEquals(before.rsa().getKeyID(), after.rsa().getKeyID());
    assertNotEquals(before.ec().getKeyID(), after.ec().getKeyID());
    assertNull(served.getKeyByKeyId(before.rsa().getKeyID()));
    assertEquals(after.rsa().toPublicJWK(), served.getKeyByKeyId(after.rsa().getKeyID()));
  }

  @Test
  void publishesExtraKeysAsGivenUntilCleared() throws Exception {
    OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).keyID("shared-secret").generate();

    issuer.publishExtraKeys(secret);
    JWKSet withExtra = JWKSet.parse(HttpProbe.get(issuer.jwksUrl()).body());
    issuer.clearExtraKeys();
    JWKSet cleared = JWKSet.parse(HttpProbe.get(issuer.jwksUrl()).body());

    assertEquals(3, withExtra.size());
    assertEquals(secret, withExtra.getKeyByKeyId("shared-secret"));
    assertEquals(2, cleared.size());
  }

  @Test
  void countsRequestsPerEndpoint() throws Exception {
    HttpProbe.get(issuer.jwksUrl());
    HttpProbe.get(issuer.jwksUrl());
    HttpProbe.get(issuer.discoveryUrl());

    assertEquals(2, issuer.jwksEndpoint().requestCount());
    assertEquals(1, issuer.discoveryEndpoint().requestCount());
    assertEquals(0, issuer.tokenEndpoint().requestCount());
    issuer.jwksEndpoint().resetRequestCount();
    assertEquals(0, issuer.jwksEndpoint().requestCount());
  }

  @Test
  void resetUndoesOverridesExtraKeysAndCounts() throws Exception {
    issuer.jwksEndpoint().override(EndpointOverride.status(500));
    issuer.discoveryEndpoint().override(EndpointOverride.status(500));
    issuer.publishExtraKeys(new OctetSequenceKeyGenerator(256).generate());
    HttpProbe.get(issuer.jwksUrl());

    issuer.reset();

    assertEquals(0, issuer.jwksEndpoint().requestCount());
    assertTrue(issuer.jwksEndpoint().currentOverride().isEmpty());
    assertEquals(2, JWKSet.parse(HttpProbe.get(issuer.jwksUrl()).body()).size());
    assertEquals(200, HttpProbe.get(issuer.discoveryUrl()).statusCode());
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() throws Exception {
    HttpResponse<String> unknown = HttpProbe.get(issuer.issuerUrl() + "/nowhere");
    HttpResponse<String> post = HttpProbe.postForm(issuer.jwksUrl(), "");

    assertEquals(404, unknown.statusCode());
    assertEquals("not_found", JSONObjectUtils.parse(unknown.body()).get("error"));
    assertEquals(405, post.statusCode());
    assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void refusesToBindOutsideLoopback() throws Exception {
    InetAddress documentation = InetAddress.getByName("192.0.2.1");
    LocalIssuer.Builder builder = LocalIssuer.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.bindAddress(documentation));
  }

  @Test
  void closingReleasesThePort() throws Exception {
    LocalIssuer shortLived = LocalIssuer.start();
    String url = shortLived.jwksUrl();

    shortLived.close();

    assertThrows(java.net.ConnectException.class, () -> HttpProbe.get(url));
  }
}
