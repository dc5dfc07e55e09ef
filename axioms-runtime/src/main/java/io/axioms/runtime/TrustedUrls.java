package io.axioms.runtime;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules every URL the runtime fetches from must follow: absolute {@code https}, or plain {@code
 * http} only to a loopback address, with a host, and without user information or fragment. Loopback
 * is recognised from the literal host ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}); no
 * name is resolved.
 */
final class TrustedUrls {

  private TrustedUrls() {}

  /**
   * Returns the URL a configuration value denotes.
   *
   * @throws AxiomsConfigException naming the key when the value breaks a rule
   */
  static URI parse(String key, String value) {
    String problem = problem(value);
    if (problem != null) {
      throw new AxiomsConfigException(key, key + " " + problem + ": '" + value + "'");
    }
    return URI.create(value);
  }

  /** Returns what is wrong with a URL, or {@code null} when it follows the rules. */
  static String problem(String value) {
    URI uri;
    try {
      uri = new URI(value);
      uri.toURL();
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      return "is not a valid URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return "must be an absolute https URL with a host";
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return "must not contain user information or a fragment";
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      return "uses plain http to a host that is not a loopback address; use https";
    }
    return null;
  }

  /** Returns whether a literal host names the loopback interface. */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || name.equals("[::1]")
        || name.equals("::1")
        || (name.startsWith("127.") && isIpv4Literal(name));
  }

  private static boolean isIpv4Literal(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
