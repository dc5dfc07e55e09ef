package io.axioms.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed RSA certificate and its private key, made at run time with the JDK's {@code
 * keytool} (the JDK has no public API to issue certificates), for tokens that carry an {@code x5c}
 * header.
 */
final class AttackerCertificate {

  private static final char[] PASSWORD = "conformance".toCharArray();

  private final Certificate certificate;
  private final PrivateKey privateKey;

  private AttackerCertificate(Certificate certificate, PrivateKey privateKey) {
    this.certificate = certificate;
    this.privateKey = privateKey;
  }

  static AttackerCertificate generate(Path directory) {
    Path store = directory.resolve("attacker.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    List<String> command =
        List.of(
            keytool,
            "-genkeypair",
            "-alias",
            "attacker",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-dname",
            "CN=attacker.invalid",
            "-validity",
            "2",
            "-storetype",
            "PKCS12",
            "-keystore",
            store.toString(),
            "-storepass",
            new String(PASSWORD));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool could not generate the attacker certificate");
      }
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keyStore.load(in, PASSWORD);
      }
      return new AttackerCertificate(
          keyStore.getCertificate("attacker"), (PrivateKey) keyStore.getKey("attacker", PASSWORD));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate the attacker certificate", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while generating a certificate", e);
    }
  }

  /** Returns the certificate in DER, standard base64 as {@code x5c} wants it. */
  String base64Der() {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encode the attacker certificate", e);
    }
  }

  Jws.Signer signer() {
    return Jws.jca("SHA256withRSA", privateKey);
  }
}
