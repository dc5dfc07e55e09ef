package io.axioms.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The loopback rules, including the remote-peer rule that no test client here can break. */
class LoopbackTest {

  @Test
  void peerOnThisMachineIsAllowedAndAnyOtherRefused() throws Exception {
    assertTrue(Loopback.isLoopbackPeer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 1)));
    assertTrue(Loopback.isLoopbackPeer(new InetSocketAddress(InetAddress.getByName("::1"), 1)));
    assertFalse(
        Loopback.isLoopbackPeer(new InetSocketAddress(InetAddress.getByName("10.0.0.7"), 1)));
    assertFalse(Loopback.isLoopbackPeer(null));
  }

  @Test
  void hostHeaderMustNameLoopbackWithoutDns() {
    assertTrue(Loopback.isLoopbackHost("127.0.0.1:8080"));
    assertTrue(Loopback.isLoopbackHost("LOCALHOST"));
    assertTrue(Loopback.isLoopbackHost("[::1]:9000"));
    assertFalse(Loopback.isLoopbackHost("127.0.0.1.attacker.example"));
    assertFalse(Loopback.isLoopbackHost("localhost.attacker.example:80"));
    assertFalse(Loopback.isLoopbackHost("[::1"));
    assertFalse(Loopback.isLoopbackHost(null));
  }

  @Test
  void bindAddressMustBeLoopback() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    InetAddress wildcard = InetAddress.getByName("0.0.0.0");

    assertTrue(Loopback.requireLoopback(loopback) == loopback);
    assertThrows(IllegalArgumentException.class, () -> Loopback.requireLoopback(wildcard));
  }
}
