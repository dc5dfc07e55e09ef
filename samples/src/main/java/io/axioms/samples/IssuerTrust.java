package io.axioms.samples;

import io.axioms.runtime.AccessTokenValidator;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.AxiomsConfigException;
import io.axioms.runtime.JwtAccessTokenValidator;
import io.axioms.test.LocalIssuer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which issuer the sample trusts: the one its {@code AXIOMS_*} settings name or, when there are
 * none, an embedded {@link LocalIssuer} on loopback with its own keys.
 */
final class IssuerTrust implements AutoCloseable {

  /** The audience the sample expects when it runs on its embedded issuer. */
  static final String LOCAL_AUDIENCE = "axioms-sample";

  private final LocalIssuer localIssuer;
  private final AxiomsConfig config;
  private final JwtAccessTokenValidator validator;

  private IssuerTrust(LocalIssuer localIssuer, AxiomsConfig config) {
    this.localIssuer = localIssuer;
    this.config = config;
    this.validator = JwtAccessTokenValidator.create(config);
  }

  /**
   * Returns the trust the settings ask for, starting the local issuer when there are none.
   *
   * @throws StartupException when the {@code AXIOMS_*} settings are incomplete or bad
   */
  static IssuerTrust choose(Map<String, String> environment, Properties properties, Path dotEnv) {
    if (!AxiomsSettings.anyPresent(environment, properties, dotEnv)) {
      return local();
    }
    try {
      return new IssuerTrust(null, AxiomsConfig.load());
    } catch (AxiomsConfigException e) {
      throw new StartupException(
          "Bad AXIOMS_* configuration: " + e.getMessage(), StartupException.BAD_CONFIGURATION, e);
    }
  }

  private static IssuerTrust local() {
    LocalIssuer issuer = LocalIssuer.builder().audience(LOCAL_AUDIENCE).build();
    AxiomsConfig config =
        AxiomsConfig.builder().issuerUrl(issuer.issuerUrl()).audience(issuer.audience()).build();
    return new IssuerTrust(issuer, config);
  }

  /** Returns the embedded issuer, or empty when the settings name a real one. */
  Optional<LocalIssuer> localIssuer() {
    return Optional.ofNullable(localIssuer);
  }

  AxiomsConfig config() {
    return config;
  }

  AccessTokenValidator validator() {
    return validator;
  }

  /** Stops the validator's key-set refresh and the embedded issuer, if any. */
  @Override
  public void close() {
    validator.close();
    if (localIssuer != null) {
      localIssuer.close();
    }
  }
}
