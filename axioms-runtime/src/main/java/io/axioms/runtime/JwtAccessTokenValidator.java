package io.axioms.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates JWT bearer access tokens signed by the configured issuer. Each call runs, in order:
 *
 * <ol>
 *   <li>header syntax (RFC 6750) and the size cap;
 *   <li>strict compact JWS: three canonical unpadded base64url segments, strict JSON objects;
 *   <li>the protected header: allowed {@code alg}, required {@code kid}, {@code crit}, {@code typ},
 *       no JWE or nested token;
 *   <li>the key, by {@code kid} from the issuer's key set, fitting the algorithm;
 *   <li>the signature;
 *   <li>the claims: {@code exp}, {@code nbf}, {@code iat}, {@code iss}, {@code aud}.
 * </ol>
 *
 * <p>Any failure is an {@link AxiomsException}: 401 for anything wrong with the request, 503 only
 * when the key set cannot be retrieved. Instances are thread-safe and meant to be shared; close one
 * to stop its background key-set refresh.
 */
public final class JwtAccessTokenValidator implements AccessTokenValidator, AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.axioms.runtime");

  private final BearerHeader bearerHeader;
  private final HeaderRules headerRules;
  private final RemoteKeySet keySet;
  private final JwsSignatures signatures;
  private final ClaimRules claimRules;
  private final GrantExtractor grants;

  private JwtAccessTokenValidator(AxiomsConfig config, Clock clock) {
    this.bearerHeader = new BearerHeader(config.maxTokenSize());
    this.headerRules = new HeaderRules(config.algorithms(), config.tokenTypes());
    this.keySet = new RemoteKeySet(KeySetLocation.of(config, clock), config.keySetSettings());
    this.signatures = new JwsSignatures(config.algorithms());
    this.claimRules =
        new ClaimRules(
            clock,
            config.leeway(),
            config.issuer().orElse(null),
            config.audience(),
            config.audiencePaths());
    this.grants =
        new GrantExtractor(
            config.claimPaths(ClaimKind.SCOPE),
            config.claimPaths(ClaimKind.ROLE),
            config.claimPaths(ClaimKind.PERMISSION));
  }

  /**
   * Returns a validator for a configuration. When the key set is to be found through the issuer's
   * discovery document, this tries that once now; a failure is logged and retried on a later
   * request rather than thrown.
   *
   * @param config the configuration
   * @return the validator
   */
  public static JwtAccessTokenValidator create(AxiomsConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** Returns a validator that reads the time from the given clock; for tests. */
  static JwtAccessTokenValidator create(AxiomsConfig config, Clock clock) {
    JwtAccessTokenValidator validator = new JwtAccessTokenValidator(config, clock);
    LOG.log(Level.INFO, "Axioms access-token validator: {0}", config);
    validator.keySet.prepare();
    return validator;
  }

  /**
   * Returns the verified access token carried by an {@code Authorization} header value.
   *
   * @param authorizationHeader the raw header value, or {@code null} when absent
   * @return the verified token
   * @throws AxiomsException 401 when the credential is missing or invalid, 503 when the issuer's
   *     keys cannot be retrieved
   */
  @Override
  public VerifiedAccessToken validate(String authorizationHeader) {
    try {
      return verify(authorizationHeader);
    } catch (AxiomsException e) {
      throw e;
    } catch (JOSEException e) {
      throw Rejection.SIGNATURE.exception(e);
    } catch (RuntimeException e) {
      throw Rejection.UNEXPECTED.exception(e);
    }
  }

  private VerifiedAccessToken verify(String authorizationHeader) throws JOSEException {
    String token = bearerHeader.token(authorizationHeader);

    CompactJws jws = CompactJws.parse(token);

    KeyReference reference = headerRules.check(jws.header());

    JWK key = KeyRules.choose(keySet.keys(reference.keyId()), reference.algorithm());

    if (!signatures.verifies(key, reference.algorithm(), jws.signingInput(), jws.signature())) {
      throw Rejection.SIGNATURE.exception();
    }

    double expiry = claimRules.check(jws.claims());

    return verifiedToken(jws.claims(), expiry);
  }

  private VerifiedAccessToken verifiedToken(Map<String, Object> claims, double expiry) {
    return VerifiedAccessToken.builder()
        .subject(stringClaim(claims, "sub"))
        .issuer(stringClaim(claims, "iss"))
        .audiences(audiences(claimRules.audienceValue(claims)))
        .expiresAt(Instant.ofEpochMilli((long) (expiry * 1000)))
        .scopes(grants.scopes(claims))
        .roles(grants.roles(claims))
        .permissions(grants.permissions(claims))
        .claims(claims)
        .build();
  }

  private static String stringClaim(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value instanceof String ? (String) value : null;
  }

  /** Returns the audience claim's strings; {@link ClaimRules} made sure it is a string or array. */
  private static List<String> audiences(Object aud) {
    if (aud instanceof String) {
      return List.of((String) aud);
    }
    if (!(aud instanceof List)) {
      return List.of();
    }
    List<String> audiences = new ArrayList<>();
    for (Object element : (List<?>) aud) {
      if (element instanceof String) {
        audiences.add((String) element);
      }
    }
    return audiences;
  }

  /**
   * Stops the background key-set refresh.
   *
   * @throws UncheckedIOException never in practice; closing releases no I/O resource
   */
  @Override
  public void close() {
    try {
      keySet.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
