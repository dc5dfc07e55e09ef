package io.axioms.runtime;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Step 3: the protected-header rules. {@code alg} must be in the allow-list of asymmetric
 * algorithms; {@code kid} is required; {@code crit}, if present, must be a non-empty list of names
 * this server understands, and it understands none, so any well-formed {@code crit} is refused;
 * {@code typ} must be absent or accepted; JWE headers ({@code enc}) and nested tokens ({@code cty:
 * JWT}) are refused. Embedded key headers ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}) are
 * never read: keys come only from the issuer's key set.
 */
final class HeaderRules {

  private static final Set<String> UNDERSTOOD_CRITICAL = Set.of();

  private final Map<String, JWSAlgorithm> algorithms = new HashMap<>();
  private final Set<String> tokenTypes = new HashSet<>();

  HeaderRules(List<String> algorithmNames, List<String> tokenTypes) {
    for (String name : algorithmNames) {
      algorithms.put(name, JWSAlgorithm.parse(name));
    }
    for (String type : tokenTypes) {
      this.tokenTypes.add(type.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Returns the algorithm and key id of a header that passes every rule.
   *
   * @throws AxiomsException 401 naming the first rule the header breaks
   */
  KeyReference check(Map<String, Object> header) {
    if (header.containsKey("enc")) {
      throw Rejection.ENCRYPTED.exception();
    }
    JWSAlgorithm algorithm = algorithm(header.get("alg"));
    String keyId = keyId(header.get("kid"));
    checkCritical(header);
    if (header.containsKey("b64")) {
      throw Rejection.UNENCODED_PAYLOAD.exception();
    }
    checkType(header);
    return new KeyReference(algorithm, keyId);
  }

  private JWSAlgorithm algorithm(Object alg) {
    JWSAlgorithm algorithm = alg instanceof String ? algorithms.get(alg) : null;
    if (algorithm == null) {
      throw Rejection.ALGORITHM.exception();
    }
    return algorithm;
  }

  private static String keyId(Object kid) {
    if (!(kid instanceof String) || ((String) kid).isEmpty()) {
      throw Rejection.KID_MISSING.exception();
    }
    return (String) kid;
  }

  private static void checkCritical(Map<String, Object> header) {
    if (!header.containsKey("crit")) {
      return;
    }
    Object crit = header.get("crit");
    if (!(crit instanceof List) || ((List<?>) crit).isEmpty()) {
      throw Rejection.CRIT_MALFORMED.exception();
    }
    for (Object name : (List<?>) crit) {
      if (!(name instanceof String)) {
        throw Rejection.CRIT_MALFORMED.exception();
      }
      if (!UNDERSTOOD_CRITICAL.contains(name)) {
        throw Rejection.CRIT_NOT_UNDERSTOOD.exception();
      }
    }
  }

  private void checkType(Map<String, Object> header) {
    Object typ = header.get("typ");
    if (typ != null || header.containsKey("typ")) {
      if (!(typ instanceof String)
          || !tokenTypes.contains(((String) typ).toLowerCase(Locale.ROOT))) {
        throw Rejection.TYP.exception();
      }
    }
    Object cty = header.get("cty");
    if (cty instanceof String
        && (((String) cty).equalsIgnoreCase("JWT")
            || ((String) cty).equalsIgnoreCase("application/jwt"))) {
      throw Rejection.NESTED.exception();
    }
  }
}
