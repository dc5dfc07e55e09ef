package io.axioms.runtime;

import java.math.BigInteger;
import java.util.BitSet;

/**
 * Recognises RSA moduli made by the Infineon library with the ROCA weakness (CVE-2017-15361, Nemec
 * et al., CCS 2017), which can be factored. Such a modulus is, for every small prime p below, a
 * power of 65537 modulo p; a random modulus passes that test for all of them with a probability far
 * below one in a million.
 */
final class RocaFingerprint {

  private static final int[] PRIMES = {
    3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
    101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167
  };

  private static final BitSet[] POWERS_OF_65537 = powers();

  private RocaFingerprint() {}

  private static BitSet[] powers() {
    BitSet[] powers = new BitSet[PRIMES.length];
    for (int i = 0; i < PRIMES.length; i++) {
      int prime = PRIMES[i];
      BitSet residues = new BitSet(prime);
      int generator = 65537 % prime;
      int power = 1;
      do {
        residues.set(power);
        power = power * generator % prime;
      } while (power != 1);
      powers[i] = residues;
    }
    return powers;
  }

  /** Returns whether a modulus has the ROCA fingerprint. */
  static boolean matches(BigInteger modulus) {
    for (int i = 0; i < PRIMES.length; i++) {
      int residue = modulus.mod(BigInteger.valueOf(PRIMES[i])).intValue();
      if (!POWERS_OF_65537[i].get(residue)) {
        return false;
      }
    }
    return true;
  }
}
