package io.axioms.runtime;

import static io.axioms.runtime.ConfigKeys.ALGORITHMS;
import static io.axioms.runtime.ConfigKeys.AUDIENCE;
import static io.axioms.runtime.ConfigKeys.AUDIENCE_CLAIMS;
import static io.axioms.runtime.ConfigKeys.DEFAULT_LEEWAY;
import static io.axioms.runtime.ConfigKeys.DEFAULT_MAX_TOKEN_SIZE;
import static io.axioms.runtime.ConfigKeys.DEFAULT_TOKEN_TYPS;
import static io.axioms.runtime.ConfigKeys.DOMAIN;
import static io.axioms.runtime.ConfigKeys.ISS_URL;
import static io.axioms.runtime.ConfigKeys.JWKS_URL;
import static io.axioms.runtime.ConfigKeys.LEEWAY;
import static io.axioms.runtime.ConfigKeys.MAX_TOKEN_SIZE;
import static io.axioms.runtime.ConfigKeys.PERMISSIONS_CLAIMS;
import static io.axioms.runtime.ConfigKeys.ROLES_CLAIMS;
import static io.axioms.runtime.ConfigKeys.SCOPE_CLAIMS;
import static io.axioms.runtime.ConfigKeys.SUPPORTED_ALGORITHMS;
import static io.axioms.runtime.ConfigKeys.TOKEN_TYPS;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validator's configuration, immutable and checked when built.
 *
 * <p>Each key is looked up, first non-blank value winning, in: values given to the {@link Builder},
 * Java system properties, the environment, and the {@code .env} file in the working directory. The
 * keys, their defaults and the values derived from them are listed in {@code docs/runtime.md}.
 * Derived values:
 *
 * <ul>
 *   <li>the expected issuer is {@code AXIOMS_ISS_URL} exactly, else {@code https://} + {@code
 *       AXIOMS_DOMAIN}, else none (then {@code iss} is not checked);
 *   <li>the key set is fetched from {@code AXIOMS_JWKS_URL} when set; otherwise from the {@code
 *       jwks_uri} of the issuer's discovery document {@code
 *       {issuer}/.well-known/openid-configuration}, falling back to {@code
 *       {issuer}/.well-known/jwks.json} (one trailing {@code /} of the issuer is dropped before
 *       either path is appended);
 *   <li>the time a request waits for another request's key-set fetch is the connect timeout plus
 *       the read timeout plus one second.
 * </ul>
 */
public final class AxiomsConfig {

  private static final Duration MAX_LEEWAY = Duration.ofMinutes(5);

  private final String audience;
  private final List<String> audienceClaims;
  private final String issuer;
  private final URI keySetUrl;
  private final List<String> scopeClaims;
  private final List<String> roleClaims;
  private final List<String> permissionClaims;
  private final List<String> algorithms;
  private final List<String> tokenTypes;
  private final Duration leeway;
  private final int maxTokenSize;
  private final KeySetSettings keySet;

  private AxiomsConfig(ConfigReader reader) {
    this.audience = required(reader, AUDIENCE);
    this.audienceClaims = claimNames(reader, AUDIENCE_CLAIMS, "aud");
    this.issuer = IssuerUrls.issuer(reader);
    this.keySetUrl = IssuerUrls.keySetUrl(reader, issuer);
    this.scopeClaims = claimNames(reader, SCOPE_CLAIMS, "scope");
    this.roleClaims = claimNames(reader, ROLES_CLAIMS, "roles");
    this.permissionClaims = claimNames(reader, PERMISSIONS_CLAIMS, "permissions");
    this.algorithms = algorithms(reader);
    this.tokenTypes = reader.list(TOKEN_TYPS, DEFAULT_TOKEN_TYPS);
    this.leeway = reader.duration(LEEWAY, DEFAULT_LEEWAY, Duration.ZERO, MAX_LEEWAY);
    this.maxTokenSize = reader.integer(MAX_TOKEN_SIZE, DEFAULT_MAX_TOKEN_SIZE, 256, 1 << 20);
    this.keySet = KeySetSettings.read(reader);
  }

  /**
   * Returns the configuration read from system properties, the environment and {@code .env}.
   *
   * @return the configuration
   * @throws AxiomsConfigException naming the key when a value is missing or bad
   */
  public static AxiomsConfig load() {
    return builder().build();
  }

  /**
   * Returns a builder whose explicit values win over system properties, the environment and {@code
   * .env}, which fill in every key the builder does not set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return builder(
        List.of(
            ConfigSource.systemProperties(),
            ConfigSource.environment(),
            DotEnvFile.read(Path.of(".env"))));
  }

  /** Returns a builder over the given sources, highest precedence first; for tests. */
  static Builder builder(List<ConfigSource> sources) {
    return new Builder(sources);
  }

  /**
   * Returns the expected audience, {@code AXIOMS_AUDIENCE}.
   *
   * @return the audience
   */
  public String audience() {
    return audience;
  }

  /**
   * Returns the claim names tried in order for the audience, {@code AXIOMS_AUDIENCE_CLAIMS}: the
   * first one present in a token must match {@link #audience()}.
   *
   * @return the names, as configured; {@code aud} by default
   */
  public List<String> audienceClaims() {
    return audienceClaims;
  }

  /**
   * Returns the expected issuer, compared exactly with {@code iss}.
   *
   * @return the issuer, or empty when neither {@code AXIOMS_ISS_URL} nor {@code AXIOMS_DOMAIN} is
   *     set
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /**
   * Returns the explicit key-set URL, {@code AXIOMS_JWKS_URL}.
   *
   * @return the URL, or empty when the key set is found from the issuer
   */
  public Optional<URI> keySetUrl() {
    return Optional.ofNullable(keySetUrl);
  }

  /**
   * Returns the issuer's OIDC discovery document URL, used when no explicit key-set URL is set.
   *
   * @return {@code {issuer}/.well-known/openid-configuration}, or empty when {@code
   *     AXIOMS_JWKS_URL} is set
   */
  public Optional<URI> discoveryUrl() {
    return wellKnown("openid-configuration");
  }

  /**
   * Returns the key-set URL used when the discovery document has none to offer.
   *
   * @return {@code {issuer}/.well-known/jwks.json}, or empty when {@code AXIOMS_JWKS_URL} is set
   */
  public Optional<URI> fallbackKeySetUrl() {
    return wellKnown("jwks.json");
  }

  /**
   * Returns the claim names tried in order for scopes, {@code AXIOMS_SCOPE_CLAIMS}.
   *
   * @return the names, as configured
   */
  public List<String> scopeClaims() {
    return scopeClaims;
  }

  /**
   * Returns the claim names tried in order for roles, {@code AXIOMS_ROLES_CLAIMS}.
   *
   * @return the names, as configured
   */
  public List<String> roleClaims() {
    return roleClaims;
  }

  /**
   * Returns the claim names tried in order for permissions, {@code AXIOMS_PERMISSIONS_CLAIMS}.
   *
   * @return the names, as configured
   */
  public List<String> permissionClaims() {
    return permissionClaims;
  }

  /**
   * Returns the accepted signature algorithms, {@code AXIOMS_ALGORITHMS}.
   *
   * @return the JWA names, such as {@code RS256}
   */
  public List<String> algorithms() {
    return algorithms;
  }

  /**
   * Returns the accepted {@code typ} header values, compared case-insensitively, {@code
   * AXIOMS_TOKEN_TYPS}.
   *
   * @return the values
   */
  public List<String> tokenTypes() {
    return tokenTypes;
  }

  /**
   * Returns the clock leeway for {@code exp}, {@code nbf} and {@code iat}, {@code AXIOMS_LEEWAY}.
   *
   * @return the leeway
   */
  public Duration leeway() {
    return leeway;
  }

  /**
   * Returns the largest accepted token, in characters, {@code AXIOMS_MAX_TOKEN_SIZE}.
   *
   * @return the size cap
   */
  public int maxTokenSize() {
    return maxTokenSize;
  }

  /**
   * Returns the key-set retrieval settings, the {@code AXIOMS_JWKS_*} keys.
   *
   * @return the settings
   */
  public KeySetSettings keySetSettings() {
    return keySet;
  }

  /** Returns the claim paths for one kind of grant, in the order they are tried. */
  List<ClaimPath> claimPaths(ClaimKind kind) {
    switch (kind) {
      case SCOPE:
        return paths(SCOPE_CLAIMS, scopeClaims);
      case ROLE:
        return paths(ROLES_CLAIMS, roleClaims);
      default:
        return paths(PERMISSIONS_CLAIMS, permissionClaims);
    }
  }

  /** Returns the claim paths for the audience, in the order they are tried. */
  List<ClaimPath> audiencePaths() {
    return paths(AUDIENCE_CLAIMS, audienceClaims);
  }

  /** Returns a one-line summary for the start-up log; the configuration holds no secret. */
  @Override
  public String toString() {
    return "audience="
        + audience
        + ", audience claims="
        + String.join(",", audienceClaims)
        + ", issuer="
        + (issuer == null ? "(not checked)" : issuer)
        + ", key set="
        + (keySetUrl == null ? "discovered from " + discoveryUrl().orElseThrow() : keySetUrl)
        + ", algorithms="
        + String.join(",", algorithms)
        + ", typ="
        + String.join(",", tokenTypes)
        + ", leeway="
        + Durations.format(leeway)
        + ", max token size="
        + maxTokenSize
        + ", scope claims="
        + String.join(",", scopeClaims)
        + ", role claims="
        + String.join(",", roleClaims)
        + ", permission claims="
        + String.join(",", permissionClaims)
        + ", "
        + keySet;
  }

  private Optional<URI> wellKnown(String document) {
    if (keySetUrl != null) {
      return Optional.empty();
    }
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return Optional.of(URI.create(base + "/.well-known/" + document));
  }

  private static List<ClaimPath> paths(String key, List<String> names) {
    List<ClaimPath> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(ClaimPath.parse(key, name));
    }
    return List.copyOf(paths);
  }

  private static String required(ConfigReader reader, String key) {
    String value = reader.text(key);
    if (value == null) {
      throw new AxiomsConfigException(
          key, key + " is required: set it to the audience (aud) your API's access tokens carry");
    }
    return value;
  }

  private static List<String> claimNames(ConfigReader reader, String key, String defaultName) {
    List<String> names = reader.list(key, List.of(defaultName));
    paths(key, names);
    return names;
  }

  private static List<String> algorithms(ConfigReader reader) {
    List<String> names = reader.list(ALGORITHMS, SUPPORTED_ALGORITHMS);
    for (String name : names) {
      if (!SUPPORTED_ALGORITHMS.contains(name)) {
        throw new AxiomsConfigException(
            ALGORITHMS,
            ALGORITHMS
                + " lists '"
                + name
                + "', which is not an accepted algorithm; choose from "
                + String.join(",", SUPPORTED_ALGORITHMS));
      }
    }
    return names;
  }

  /** Builds an {@link AxiomsConfig}; explicit values win over every other source. */
  public static final class Builder {

    private final List<ConfigSource> sources;
    private final Map<String, String> explicit = new HashMap<>();

    private Builder(List<ConfigSource> sources) {
      this.sources = List.copyOf(sources);
    }

    /**
     * Sets {@code AXIOMS_AUDIENCE}, the expected audience.
     *
     * @param audience the audience
     * @return this builder
     */
    public Builder audience(String audience) {
      return set(AUDIENCE, audience);
    }

    /**
     * Sets {@code AXIOMS_AUDIENCE_CLAIMS}; for AWS Cognito access tokens, {@code "aud",
     * "client_id"}.
     *
     * @param names claim names or JSON Pointers, tried in order; the first present decides
     * @return this builder
     */
    public Builder audienceClaims(String... names) {
      return set(AUDIENCE_CLAIMS, String.join(",", names));
    }

    /**
     * Sets {@code AXIOMS_DOMAIN}: the issuer is {@code https://{domain}}.
     *
     * @param domain a host name, such as {@code tenant.example.com}
     * @return this builder
     */
    public Builder domain(String domain) {
      return set(DOMAIN, domain);
    }

    /**
     * Sets {@code AXIOMS_ISS_URL}, the expected issuer; wins over {@code AXIOMS_DOMAIN}.
     *
     * @param issuerUrl the issuer, exactly as tokens carry it in {@code iss}
     * @return this builder
     */
    public Builder issuerUrl(String issuerUrl) {
      return set(ISS_URL, issuerUrl);
    }

    /**
     * Sets {@code AXIOMS_JWKS_URL}, the explicit key-set URL.
     *
     * @param jwksUrl the URL of the issuer's JSON Web Key Set
     * @return this builder
     */
    public Builder jwksUrl(String jwksUrl) {
      return set(JWKS_URL, jwksUrl);
    }

    /**
     * Sets {@code AXIOMS_SCOPE_CLAIMS}.
     *
     * @param names claim names or JSON Pointers, tried in order
     * @return this builder
     */
    public Builder scopeClaims(String... names) {
      return set(SCOPE_CLAIMS, String.join(",", names));
    }

    /**
     * Sets {@code AXIOMS_ROLES_CLAIMS}.
     *
     * @param names claim names or JSON Pointers, tried in order
     * @return this builder
     */
    public Builder roleClaims(String... names) {
      return set(ROLES_CLAIMS, String.join(",", names));
    }

    /**
     * Sets {@code AXIOMS_PERMISSIONS_CLAIMS}.
     *
     * @param names claim names or JSON Pointers, tried in order
     * @return this builder
     */
    public Builder permissionClaims(String... names) {
      return set(PERMISSIONS_CLAIMS, String.join(",", names));
    }

    /**
     * Sets {@code AXIOMS_ALGORITHMS}.
     *
     * @param names JWA names from RS256/384/512, PS256/384/512 and ES256/384/512
     * @return this builder
     */
    public Builder algorithms(String... names) {
      return set(ALGORITHMS, String.join(",", names));
    }

    /**
     * Sets {@code AXIOMS_LEEWAY}.
     *
     * @param leeway the clock leeway, at most five minutes
     * @return this builder
     */
    public Builder leeway(Duration leeway) {
      return set(LEEWAY, leeway.toMillis() + "ms");
    }

    /**
     * Sets any configuration key by its name, such as {@code AXIOMS_JWKS_CACHE_TTL}.
     *
     * @param key the key
     * @param value the value, written as in the environment
     * @return this builder
     * @throws AxiomsConfigException if the key is not a configuration key
     */
    public Builder set(String key, String value) {
      if (!ConfigKeys.ALL.contains(key)) {
        throw new AxiomsConfigException(
            key, key + " is not a configuration key; see docs/runtime.md for the keys");
      }
      explicit.put(key, value);
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     * @throws AxiomsConfigException naming the key when a value is missing or bad
     */
    public AxiomsConfig build() {
      Map<String, String> values = new HashMap<>();
      explicit.forEach((key, value) -> values.put(key, value == null ? "" : value));
      return new AxiomsConfig(new ConfigReader(values, sources));
    }
  }
}
