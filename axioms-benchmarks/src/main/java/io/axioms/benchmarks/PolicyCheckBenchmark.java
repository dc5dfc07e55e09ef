package io.axioms.benchmarks;

import io.axioms.runtime.AccessPolicy;
import io.axioms.runtime.Requirement;
import io.axioms.runtime.VerifiedAccessToken;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures {@link AccessPolicy#check} for the sample's {@code /api/advanced} policy, (openid or
 * profile) and editor and (resource:read or resource:write), against the same test written by hand
 * with {@link Set#contains}. The ratio is the cost of the policy abstraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyCheckBenchmark {

  private static final AccessPolicy ADVANCED =
      AccessPolicy.of(
          Requirement.anyScope("openid", "profile"),
          Requirement.anyRole("editor"),
          Requirement.anyPermission("resource:read", "resource:write"));

  private VerifiedAccessToken token;
  private Set<String> scopes;
  private Set<String> roles;
  private Set<String> permissions;

  /** Builds a token with twenty scopes and a few roles and permissions; the match is last. */
  @Setup
  public void setUp() {
    scopes = new HashSet<>();
    for (int i = 0; i < 19; i++) {
      scopes.add("scope:" + i);
    }
    scopes.add("profile");
    roles = Set.of("viewer", "author", "editor");
    permissions = Set.of("resource:list", "resource:write");
    token =
        VerifiedAccessToken.builder()
            .expiresAt(Instant.now().plusSeconds(3600))
            .scopes(scopes)
            .roles(roles)
            .permissions(permissions)
            .build();
  }

  /**
   * Returns the hand-written check, the baseline.
   *
   * @return whether the token passes
   */
  @Benchmark
  public boolean baselineHandWritten() {
    return (scopes.contains("openid") || scopes.contains("profile"))
        && roles.contains("editor")
        && (permissions.contains("resource:read") || permissions.contains("resource:write"));
  }

  /**
   * Checks the token against the policy, as a generated guard does.
   *
   * @return the token, so that the check cannot be optimised away
   */
  @Benchmark
  public VerifiedAccessToken policyCheck() {
    ADVANCED.check(token);
    return token;
  }
}
