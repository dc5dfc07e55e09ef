package io.axioms.runtime;

import io.axioms.test.LocalIssuer;
import java.util.List;
import java.util.Map;

/** Builds validators that trust a {@link LocalIssuer}, reading no environment or file. */
final class LoopbackValidators {

  private LoopbackValidators() {}

  /** Returns a configuration for the issuer, its explicit key-set URL, and extra keys. */
  static AxiomsConfig config(LocalIssuer issuer, Map<String, String> extra) {
    AxiomsConfig.Builder builder =
        AxiomsConfig.builder(List.of())
            .audience(issuer.audience())
            .issuerUrl(issuer.issuerUrl())
            .jwksUrl(issuer.jwksUrl());
    extra.forEach(builder::set);
    return builder.build();
  }

  /** Returns a configuration that finds the key set through the issuer's discovery document. */
  static AxiomsConfig discoveryConfig(LocalIssuer issuer, Map<String, String> extra) {
    AxiomsConfig.Builder builder =
        AxiomsConfig.builder(List.of()).audience(issuer.audience()).issuerUrl(issuer.issuerUrl());
    extra.forEach(builder::set);
    return builder.build();
  }

  static JwtAccessTokenValidator validator(LocalIssuer issuer) {
    return JwtAccessTokenValidator.create(config(issuer, Map.of()));
  }

  static JwtAccessTokenValidator validator(LocalIssuer issuer, Map<String, String> extra) {
    return JwtAccessTokenValidator.create(config(issuer, extra));
  }
}
