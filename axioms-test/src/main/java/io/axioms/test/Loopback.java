package io.axioms.test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/** The loopback rules of the local issuer: where it may bind and whom it mints tokens for. */
final class Loopback {

  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private Loopback() {}

  /** Returns the address unchanged, or throws if it is not a loopback address. */
  static InetAddress requireLoopback(InetAddress address) {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "The local issuer binds only to a loopback address, not " + address.getHostAddress());
    }
    return address;
  }

  /** Returns whether a request comes from this machine. */
  static boolean isLoopbackPeer(InetSocketAddress remote) {
    return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
  }

  /**
   * Returns whether a {@code Host} header names this machine without a DNS lookup: {@code
   * localhost}, {@code 127.x.y.z} or {@code [::1]}, with any port. Checking it keeps a web page
   * that rebinds its own host name to 127.0.0.1 from minting tokens through a browser.
   */
  static boolean isLoopbackHost(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String host = hostOf(hostHeader.trim().toLowerCase(Locale.ROOT));
    return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
  }

  private static String hostOf(String hostHeader) {
    if (hostHeader.startsWith("[")) {
      int end = hostHeader.indexOf(']');
      return end < 0 ? "" : hostHeader.substring(1, end);
    }
    int colon = hostHeader.indexOf(':');
    return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
  }
}
