package io.axioms.samples;

import io.axioms.test.LocalIssuer;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sample prints when it is ready: where it listens, which issuer it trusts and, on the
 * embedded issuer, {@code curl} lines with real tokens that get a 200, a 401 and a 403.
 */
final class Banner {

  private Banner() {}

  static void print(
      PrintStream out,
      String title,
      InetSocketAddress bound,
      IssuerTrust trust,
      List<Route> routes) {
    String base = "http://" + hostForCurl(bound.getAddress()) + ":" + bound.getPort();
    out.println(title + " listening on " + base);
    out.println();
    trust
        .localIssuer()
        .ifPresentOrElse(
            issuer -> printLocal(out, base, issuer), () -> printConfigured(out, trust));
    printRoutes(out, routes);
    out.println("Stop it with Ctrl-C.");
    out.flush();
  }

  private static String hostForCurl(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return "127.0.0.1";
    }
    String literal = address.getHostAddress();
    return address instanceof Inet6Address ? "[" + literal + "]" : literal;
  }

  private static void printConfigured(PrintStream out, IssuerTrust trust) {
    out.println("Trusting the issuer configured by AXIOMS_* settings:");
    out.println("  " + trust.config());
    out.println();
  }

  private static void printLocal(PrintStream out, String base, LocalIssuer issuer) {
    out.println("No AXIOMS_* settings found, so the sample trusts its embedded local issuer:");
    out.println("  issuer     " + issuer.issuerUrl());
    out.println("  discovery  " + issuer.discoveryUrl());
    out.println("  JWKS       " + issuer.jwksUrl());
    out.println("  token      " + issuer.tokenUrl() + "  (mints tokens for loopback callers)");
    out.println("  audience   " + issuer.audience());
    out.println();
    printTryIt(out, base, issuer);
    printMint(out, base, issuer);
  }

  private static void printTryIt(PrintStream out, String base, LocalIssuer issuer) {
    String token = issuer.token().subject("newcomer").scopes("openid", "profile").sign();
    out.println("Try it (the token is valid for an hour):");
    out.println("  # 200: a token with scopes openid and profile");
    out.println("  curl -i " + base + "/private -H 'Authorization: Bearer " + token + "'");
    out.println("  # 401: no token at all");
    out.println("  curl -i " + base + "/private");
    out.println("  # 401 invalid_token: something that is not a token");
    out.println("  curl -i " + base + "/private -H 'Authorization: Bearer not-a-token'");
    out.println("  # 403 insufficient_scope: the same token lacks role admin or superuser");
    out.println("  curl -i " + base + "/admin/users -H 'Authorization: Bearer " + token + "'");
    out.println();
  }

  private static void printMint(PrintStream out, String base, LocalIssuer issuer) {
    out.println("Mint a token for any scopes, roles and permissions, then call any route:");
    out.println(
        "  TOKEN=$(curl -s '"
            + issuer.tokenUrl()
            + "?scope=openid+read:resource+write:resource&roles=sample:role,editor,admin,superuser"
            + "&permissions=sample:read,resource:read'"
            + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
    out.println("  curl -i " + base + "/api/advanced -H \"Authorization: Bearer $TOKEN\"");
    out.println();
  }

  private static void printRoutes(PrintStream out, List<Route> routes) {
    Map<String, StringBuilder> methodsByPath = new TreeMap<>();
    for (Route route : routes) {
      StringBuilder methods =
          methodsByPath.computeIfAbsent(route.path(), path -> new StringBuilder());
      methods.append(methods.length() == 0 ? "" : ", ").append(route.method());
    }
    out.println("Routes:");
    methodsByPath.forEach((path, methods) -> out.printf("  %-16s %s%n", path, methods));
    out.println();
  }
}
