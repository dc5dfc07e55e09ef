package io.axioms.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.axioms.runtime.AxiomsConfig;
import io.axioms.runtime.JwtAccessTokenValidator;
import io.axioms.runtime.VerifiedAccessToken;
import io.axioms.test.LocalIssuer;
import java.text.ParseException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures a whole {@link JwtAccessTokenValidator#validate} of a cached-key token against the least
 * any validator must do: Nimbus parsing the token and checking its signature with a ready verifier.
 * The ratio is what the strict parsing, header, key and claim rules add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  /** The signing algorithm of the measured token. */
  @Param({"RS256", "ES256"})
  public String algorithm;

  private LocalIssuer issuer;
  private JwtAccessTokenValidator validator;
  private JWSVerifier verifier;
  private String token;
  private String header;

  /**
   * Starts a local issuer, mints a token and warms the validator's key cache.
   *
   * @throws JOSEException if the baseline verifier cannot be built
   */
  @Setup(Level.Trial)
  public void setUp() throws JOSEException {
    issuer = LocalIssuer.start();
    JWSAlgorithm alg = JWSAlgorithm.parse(algorithm);
    token =
        issuer
            .token()
            .algorithm(alg)
            .scopes("openid", "profile")
            .roles("editor")
            .expiresIn(Duration.ofHours(2))
            .sign();
    header = "Bearer " + token;
    verifier = baselineVerifier(alg);
    validator =
        JwtAccessTokenValidator.create(
            AxiomsConfig.builder()
                .audience(issuer.audience())
                .issuerUrl(issuer.issuerUrl())
                .build());
    validator.validate(header);
  }

  private JWSVerifier baselineVerifier(JWSAlgorithm alg) throws JOSEException {
    if (JWSAlgorithm.Family.EC.contains(alg)) {
      return new ECDSAVerifier(issuer.signingKeys().ec().toPublicJWK());
    }
    return new RSASSAVerifier(issuer.signingKeys().rsa().toPublicJWK());
  }

  /** Stops the validator and the issuer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    validator.close();
    issuer.close();
  }

  /**
   * Parses the token and checks its signature with Nimbus alone, the baseline.
   *
   * @return whether the signature verified
   * @throws ParseException never, for this token
   * @throws JOSEException never, for this token
   */
  @Benchmark
  public boolean baselineNimbusVerify() throws ParseException, JOSEException {
    return SignedJWT.parse(token).verify(verifier);
  }

  /**
   * Validates the header value as a generated guard does.
   *
   * @return the verified token
   */
  @Benchmark
  public VerifiedAccessToken validate() {
    return validator.validate(header);
  }
}
