package io.axioms.test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect issuer on this machine's loopback interface, for tests and for trying an
 * API without a real identity provider. It generates its own signing keys when it starts (RSA 2048
 * and EC P-256, each with its own {@code kid}) and serves, over plain HTTP:
 *
 * <ul>
 *   <li>{@code GET /.well-known/jwks.json}: the public keys, with {@code use} and {@code alg};
 *   <li>{@code GET /.well-known/openid-configuration}: the discovery document ({@code issuer},
 *       {@code jwks_uri}, {@code token_endpoint}, ...);
 *   <li>{@code GET /token?...} or {@code POST /token} with a form body: a freshly minted access
 *       token, for callers on this machine only. Parameters, all optional: {@code scope}, {@code
 *       roles}, {@code permissions} (values separated by spaces or commas, or the parameter
 *       repeated), {@code aud} (default {@link #audience()}), {@code sub}, {@code expires_in}
 *       (seconds, 1 to 86400) and {@code alg} ({@code RS256} or {@code ES256}). Other parameters,
 *       such as {@code grant_type} and {@code client_id}, are ignored. The answer is {@code
 *       {"access_token": "...", "token_type": "Bearer", "expires_in": N, "scope": "..."}}.
 * </ul>
 *
 * <pre>{@code
 * try (LocalIssuer issuer = LocalIssuer.start()) {
 *   String token = issuer.token().scopes("read:orders").roles("admin").sign();
 *   // configure the code under test with issuer.issuerUrl() and issuer.audience()
 * }
 * }</pre>
 *
 * <p>Tests of how a server copes with a broken issuer use {@link #jwksEndpoint()} and {@link
 * #discoveryEndpoint()} (request counts and {@link EndpointOverride}s), {@link #rotateKeys()},
 * {@link #publishExtraKeys} and {@link #signingKeys()}. All methods are thread-safe.
 *
 * <p>It is a test tool, not an identity provider: no login, no client authentication, no refresh
 * tokens, plain HTTP, and keys that live only as long as the process.
 */
public final class LocalIssuer implements AutoCloseable {

  /** The audience minted tokens carry unless told otherwise. */
  public static final String DEFAULT_AUDIENCE = "axioms-local";

  private static final System.Logger LOG = System.getLogger(LocalIssuer.class.getName());

  private final HttpServer server;
  private final ExecutorService executor;
  private final String issuerUrl;
  private final String audience;
  private final Duration tokenLifetime;
  private final JWSAlgorithm algorithm;
  private final IssuerEndpoint jwks;
  private final IssuerEndpoint discovery;
  private final IssuerEndpoint tokenEndpoint;
  private final List<JWK> extraKeys = new CopyOnWriteArrayList<>();
  private volatile SigningKeys keys = SigningKeys.generate();

  private LocalIssuer(Builder builder) throws IOException {
    this.audience = builder.audience;
    this.tokenLifetime = builder.tokenLifetime;
    this.algorithm = builder.algorithm;
    this.executor = Executors.newFixedThreadPool(builder.threads, daemonThreads());
    this.server = HttpServer.create(new InetSocketAddress(builder.bindAddress, builder.port), 0);
    this.issuerUrl = "http://" + hostLiteral(builder.bindAddress) + ":" + port();
    this.jwks = new IssuerEndpoint(issuerUrl + IssuerRoutes.JWKS_PATH);
    this.discovery = new IssuerEndpoint(issuerUrl + IssuerRoutes.DISCOVERY_PATH);
    this.tokenEndpoint = new IssuerEndpoint(issuerUrl + IssuerRoutes.TOKEN_PATH);

    String discoveryJson = DiscoveryDocument.json(issuerUrl);
    TokenMinting minting = new TokenMinting(this::token, tokenLifetime);
    server.createContext(
        "/",
        new IssuerRoutes(
            jwks, this::jwksJson, discovery, () -> discoveryJson, tokenEndpoint, minting));
    server.setExecutor(executor);
    server.start();
    LOG.log(Level.DEBUG, "Local issuer listening at {0}", issuerUrl);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "axioms-local-issuer-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String hostLiteral(InetAddress address) {
    String literal = address.getHostAddress();
    return address instanceof Inet6Address ? "[" + literal.replaceAll("%.*", "") + "]" : literal;
  }

  /**
   * Starts an issuer on 127.0.0.1 on a free port, with the defaults of {@link Builder}.
   *
   * @return the running issuer; close it when done
   * @throws UncheckedIOException if the server cannot bind
   */
  public static LocalIssuer start() {
    return builder().build();
  }

  /**
   * Returns a builder for an issuer with other settings.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the issuer URL, the {@code iss} of minted tokens and the value for {@code
   * AXIOMS_ISS_URL}.
   *
   * @return the URL, such as {@code http://127.0.0.1:41234}, with no trailing slash
   */
  public String issuerUrl() {
    return issuerUrl;
  }

  /**
   * Returns the URL of the key set.
   *
   * @return {@code issuerUrl() + "/.well-known/jwks.json"}
   */
  public String jwksUrl() {
    return jwks.url();
  }

  /**
   * Returns the URL of the discovery document.
   *
   * @return {@code issuerUrl() + "/.well-known/openid-configuration"}
   */
  public String discoveryUrl() {
    return discovery.url();
  }

  /**
   * Returns the URL of the token endpoint.
   *
   * @return {@code issuerUrl() + "/token"}
   */
  public String tokenUrl() {
    return tokenEndpoint.url();
  }

  /**
   * Returns the port the issuer listens on.
   *
   * @return the bound port, never 0
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the audience that minted tokens carry unless told otherwise, the value for {@code
   * AXIOMS_AUDIENCE}.
   *
   * @return the default audience
   */
  public String audience() {
    return audience;
  }

  /**
   * Returns a builder for a token signed by the current keys; see {@link TokenBuilder} for what it
   * holds before any change.
   *
   * @return a new token builder
   */
  public TokenBuilder token() {
    return new TokenBuilder(keys, issuerUrl, audience, tokenLifetime, algorithm);
  }

  /**
   * Returns the current signing keys, private parts included, for tests that sign tokens with
   * Nimbus directly.
   *
   * @return the current keys
   */
  public SigningKeys signingKeys() {
    return keys;
  }

  /**
   * Replaces both signing keys with new ones under new key ids. The key set serves only the new
   * keys from now on, so tokens signed before no longer verify once a client refetches it.
   *
   * @return the new keys
   */
  public SigningKeys rotateKeys() {
    SigningKeys rotated = SigningKeys.generate();
    keys = rotated;
    return rotated;
  }

  /**
   * Adds keys to the served key set, after the signing keys, exactly as given: a private or
   * symmetric key is published with its secret parts, which lets a test serve a key set no real
   * issuer would.
   *
   * @param additional the keys to publish
   */
  public void publishExtraKeys(JWK... additional) {
    extraKeys.addAll(List.of(additional));
  }

  /** Stops publishing the keys added by {@link #publishExtraKeys}. */
  public void clearExtraKeys() {
    extraKeys.clear();
  }

  /**
   * Returns the key set endpoint's controls: request count and override.
   *
   * @return the endpoint
   */
  public IssuerEndpoint jwksEndpoint() {
    return jwks;
  }

  /**
   * Returns the discovery endpoint's controls: request count and override.
   *
   * @return the endpoint
   */
  public IssuerEndpoint discoveryEndpoint() {
    return discovery;
  }

  /**
   * Returns the token endpoint's controls: request count and override.
   *
   * @return the endpoint
   */
  public IssuerEndpoint tokenEndpoint() {
    return tokenEndpoint;
  }

  /**
   * Undoes every test control: removes the overrides and the extra keys and sets the request counts
   * to zero. The signing keys stay as they are.
   */
  public void reset() {
    for (IssuerEndpoint endpoint : List.of(jwks, discovery, tokenEndpoint)) {
      endpoint.reset();
      endpoint.resetRequestCount();
    }
    clearExtraKeys();
  }

  private String jwksJson() {
    List<Object> served = new ArrayList<>();
    keys.publicKeySet().getKeys().forEach(key -> served.add(key.toJSONObject()));
    extraKeys.forEach(key -> served.add(key.toJSONObject()));
    return JSONObjectUtils.toJSONString(Map.of("keys", served));
  }

  /** Stops the server at once, abandoning requests in progress. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "LocalIssuer[" + issuerUrl + "]";
  }

  /** Settings for a {@link LocalIssuer}; {@link #build()} starts it. */
  public static final class Builder {
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port;
    private String audience = DEFAULT_AUDIENCE;
    private Duration tokenLifetime = Duration.ofHours(1);
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private int threads = 4;

    private Builder() {}

    /**
     * Sets the port.
     *
     * @param port 0 (the default) for a free ephemeral port, or 1 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the loopback address to bind, such as {@code ::1}; the default is 127.0.0.1.
     *
     * @param address a loopback address
     * @return this builder
     * @throws IllegalArgumentException if the address is not a loopback address
     */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Loopback.requireLoopback(Objects.requireNonNull(address, "address"));
      return this;
    }

    /**
     * Sets the audience minted tokens carry unless told otherwise.
     *
     * @param audience the audience; the default is {@value LocalIssuer#DEFAULT_AUDIENCE}
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * Sets how long minted tokens live unless told otherwise.
     *
     * @param lifetime a positive duration; the default is one hour
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is not positive
     */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("Token lifetime must be positive: " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Sets the algorithm minted tokens are signed with unless told otherwise.
     *
     * @param algorithm {@code RS256} (the default) or {@code ES256}
     * @return this builder
     * @throws IllegalArgumentException for another algorithm
     */
    public Builder algorithm(JWSAlgorithm algorithm) {
      if (!JWSAlgorithm.RS256.equals(algorithm) && !JWSAlgorithm.ES256.equals(algorithm)) {
        throw new IllegalArgumentException("Default algorithm must be RS256 or ES256");
      }
      this.algorithm = algorithm;
      return this;
    }

    /**
     * Sets how many threads serve requests; a slow or delayed override holds one for its whole
     * duration.
     *
     * @param threads 1 or more; the default is 4
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Generates the keys and starts the issuer.
     *
     * @return the running issuer; close it when done
     * @throws UncheckedIOException if the server cannot bind
     */
    public LocalIssuer build() {
      try {
        return new LocalIssuer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the local issuer on port " + port, e);
      }
    }
  }
}
