package io.axioms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorResponseTest {

  private static final String REALM = "https://issuer.example.com";

  @Test
  void missingCredentialHasRealmButNoErrorCode() {
    ErrorResponse response = ErrorResponse.of(AxiomsException.missingCredential(), REALM);
    assertEquals(401, response.status());
    assertEquals(
        Optional.of("Bearer realm=\"https://issuer.example.com\""), response.wwwAuthenticate());
    assertEquals(
        "{\"error\":\"unauthorized\",\"error_description\":\"Missing bearer access token\"}",
        response.body());
    assertEquals("application/json", response.contentType());
  }

  @Test
  void invalidTokenHasErrorAndDescription() {
    ErrorResponse response = ErrorResponse.of(Rejection.EXPIRED.exception(), REALM);
    assertEquals(401, response.status());
    assertEquals(
        Optional.of(
            "Bearer realm=\"https://issuer.example.com\", error=\"invalid_token\","
                + " error_description=\"Access token has expired\""),
        response.wwwAuthenticate());
    assertEquals(
        "{\"error\":\"invalid_token\",\"error_description\":\"Access token has expired\"}",
        response.body());
  }

  @Test
  void insufficientScopeNamesTheRequiredScopes() {
    AxiomsException failure =
        AxiomsException.insufficient(Requirement.anyScope("read:resource", "write:resource"));
    ErrorResponse response = ErrorResponse.of(failure, REALM);
    assertEquals(403, response.status());
    assertEquals(
        Optional.of(
            "Bearer realm=\"https://issuer.example.com\", error=\"insufficient_scope\","
                + " error_description=\"Access token lacks a required scope\","
                + " scope=\"read:resource write:resource\""),
        response.wwwAuthenticate());
  }

  @Test
  void insufficientRoleHasNoScopeAttribute() {
    ErrorResponse response =
        ErrorResponse.of(AxiomsException.insufficient(Requirement.anyRole("admin")), REALM);
    assertEquals(403, response.status());
    assertFalse(response.wwwAuthenticate().orElseThrow().contains("scope="));
    assertEquals(
        "{\"error\":\"insufficient_scope\","
            + "\"error_description\":\"Access token lacks a required role\"}",
        response.body());
  }

  @Test
  void unavailableKeySetIs503WithoutChallenge() {
    ErrorResponse response =
        ErrorResponse.of(AxiomsException.keySetUnavailable("Keys unavailable", null), REALM);
    assertEquals(503, response.status());
    assertEquals(Optional.empty(), response.wwwAuthenticate());
    assertEquals(
        "{\"error\":\"temporarily_unavailable\",\"error_description\":\"Keys unavailable\"}",
        response.body());
  }

  @Test
  void noRealmWithoutIssuer() {
    assertEquals(
        Optional.of("Bearer"),
        ErrorResponse.of(AxiomsException.missingCredential(), (String) null).wwwAuthenticate());
    assertEquals(
        Optional.of(
            "Bearer error=\"invalid_token\", error_description=\"Access token has expired\""),
        ErrorResponse.of(Rejection.EXPIRED.exception(), (String) null).wwwAuthenticate());
  }

  @Test
  void headerValuesAreEscaped() {
    ErrorResponse response =
        ErrorResponse.of(AxiomsException.missingCredential(), "https://x/\"a\\b\r\nSet-Cookie: c");
    assertEquals(
        Optional.of("Bearer realm=\"https://x/\\\"a\\\\b??Set-Cookie: c\""),
        response.wwwAuthenticate());
  }

  @Test
  void bodyIsEscapedJson() {
    AxiomsException failure = AxiomsException.invalidToken("say \"hi\"\\\n\u2028", null);
    assertEquals(
        "{\"error\":\"invalid_token\",\"error_description\":\"say \\\"hi\\\"\\\\\\u000a\\u2028\"}",
        ErrorResponse.of(failure, REALM).body());
  }

  @Test
  void realmComesFromConfiguredIssuer() {
    AxiomsConfig config =
        AxiomsConfig.builder(java.util.List.of())
            .audience("api")
            .issuerUrl("https://issuer.example.com/t1")
            .build();
    assertEquals(
        Optional.of("Bearer realm=\"https://issuer.example.com/t1\""),
        ErrorResponse.of(AxiomsException.missingCredential(), config).wwwAuthenticate());
  }
}
