package io.axioms.runtime;

import static io.axioms.runtime.ConfigKeys.DOMAIN;
import static io.axioms.runtime.ConfigKeys.ISS_URL;
import static io.axioms.runtime.ConfigKeys.JWKS_URL;

import java.net.URI;

/**
 * Derives the expected issuer and the explicit key-set URL from {@code AXIOMS_ISS_URL}, {@code
 * AXIOMS_DOMAIN} and {@code AXIOMS_JWKS_URL}, refusing values that break {@link TrustedUrls}.
 */
final class IssuerUrls {

  private IssuerUrls() {}

  /**
   * Returns the expected issuer: the issuer URL exactly, else {@code https://{domain}}, else null.
   */
  static String issuer(ConfigReader reader) {
    String issuerUrl = reader.text(ISS_URL);
    if (issuerUrl != null) {
      return fromIssuerUrl(issuerUrl);
    }
    String domain = reader.text(DOMAIN);
    return domain == null ? null : fromDomain(domain);
  }

  private static String fromIssuerUrl(String issuerUrl) {
    URI uri = TrustedUrls.parse(ISS_URL, issuerUrl);
    if (uri.getRawQuery() != null) {
      throw new AxiomsConfigException(
          ISS_URL, ISS_URL + " must not contain a query: '" + issuerUrl + "'");
    }
    return issuerUrl;
  }

  private static String fromDomain(String domain) {
    if (!isHostAndPort(domain)) {
      throw new AxiomsConfigException(
          DOMAIN,
          DOMAIN
              + " must be a host name such as tenant.example.com, without scheme or path"
              + " (use AXIOMS_ISS_URL for an issuer URL with a path): '"
              + domain
              + "'");
    }
    return TrustedUrls.parse(DOMAIN, "https://" + domain).toString();
  }

  private static boolean isHostAndPort(String domain) {
    for (int i = 0; i < domain.length(); i++) {
      char c = domain.charAt(i);
      boolean allowed = Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ':';
      if (!allowed || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** Returns the explicit key-set URL, or null when the issuer's documents locate the key set. */
  static URI keySetUrl(ConfigReader reader, String issuer) {
    String jwksUrl = reader.text(JWKS_URL);
    if (jwksUrl != null) {
      return TrustedUrls.parse(JWKS_URL, jwksUrl);
    }
    if (issuer == null) {
      throw new AxiomsConfigException(
          ISS_URL,
          ISS_URL
              + " (or "
              + DOMAIN
              + ", or "
              + JWKS_URL
              + ") is required: set the issuer URL of your authorization server");
    }
    return null;
  }
}
