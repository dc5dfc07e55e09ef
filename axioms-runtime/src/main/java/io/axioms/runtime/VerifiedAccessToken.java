package io.axioms.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An access token whose signature and claims have been verified, and what it grants. Instances are
 * immutable and safe to share between threads.
 *
 * <p>A validator is the only thing that should build one from a request. The public {@link
 * #builder()} exists so that users can hand a ready token to their own handler tests; building one
 * verifies nothing.
 */
public final class VerifiedAccessToken {

  private final String subject;
  private final String issuer;
  private final List<String> audiences;
  private final Instant expiresAt;
  private final Set<String> scopes;
  private final Set<String> roles;
  private final Set<String> permissions;
  private final Map<String, Object> claims;

  private VerifiedAccessToken(Builder builder) {
    this.subject = builder.subject;
    this.issuer = builder.issuer;
    this.audiences = List.copyOf(builder.audiences);
    this.expiresAt = Objects.requireNonNull(builder.expiresAt, "expiresAt");
    this.scopes = grantSet(builder.scopes);
    this.roles = grantSet(builder.roles);
    this.permissions = grantSet(builder.permissions);
    this.claims = JsonValues.freezeObject(builder.claims);
  }

  /**
   * Returns a read-only copy of granted values that rejects {@code null}. It wraps a {@link
   * HashSet} because guards call {@code contains} on it for every requirement of every call, and a
   * hash set answers that faster than the JDK's compact immutable sets.
   */
  private static Set<String> grantSet(Set<String> values) {
    Set<String> copy = new HashSet<>(values);
    if (copy.contains(null)) {
      throw new NullPointerException("a granted value is null");
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * Returns a builder for a token; see the class documentation for when to use it.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code sub} claim.
   *
   * @return the subject, or {@code null} when the token has none
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the {@code iss} claim.
   *
   * @return the issuer, or {@code null} when the token has none
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the audience claim that matched as a list: {@code aud}, or the first of {@code
   * AXIOMS_AUDIENCE_CLAIMS} present in the token (such as Cognito's {@code client_id}).
   *
   * @return the audiences, immutable
   */
  public List<String> audiences() {
    return audiences;
  }

  /**
   * Returns when the token expires ({@code exp}).
   *
   * @return the expiry instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns the granted scopes.
   *
   * @return an immutable set, empty when none
   */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * Returns the granted roles.
   *
   * @return an immutable set, empty when none
   */
  public Set<String> roles() {
    return roles;
  }

  /**
   * Returns the granted permissions.
   *
   * @return an immutable set, empty when none
   */
  public Set<String> permissions() {
    return permissions;
  }

  /**
   * Returns the granted values of one kind.
   *
   * @param kind the claim kind
   * @return the scopes, roles or permissions
   */
  public Set<String> values(ClaimKind kind) {
    switch (kind) {
      case SCOPE:
        return scopes;
      case ROLE:
        return roles;
      default:
        return permissions;
    }
  }

  /**
   * Returns every claim of the token, as parsed JSON: strings, numbers, booleans, {@code null},
   * lists and maps, all read-only.
   *
   * @return an immutable map from claim name to value
   */
  public Map<String, Object> claims() {
    return claims;
  }

  /**
   * Returns one claim.
   *
   * @param name the claim name, used verbatim
   * @return the value, or {@code null} when absent
   */
  public Object claim(String name) {
    return claims.get(name);
  }

  @Override
  public String toString() {
    return "VerifiedAccessToken{subject=" + subject + ", issuer=" + issuer + "}";
  }

  /** Builds a {@link VerifiedAccessToken}; not thread-safe. */
  public static final class Builder {
    private String subject;
    private String issuer;
    private List<String> audiences = List.of();
    private Instant expiresAt;
    private Set<String> scopes = Set.of();
    private Set<String> roles = Set.of();
    private Set<String> permissions = Set.of();
    private Map<String, Object> claims = Map.of();

    private Builder() {}

    /**
     * Sets the subject.
     *
     * @param subject the {@code sub} claim, or {@code null}
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets the issuer.
     *
     * @param issuer the {@code iss} claim, or {@code null}
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the audiences.
     *
     * @param audiences the values of the audience claim, {@code aud} by default
     * @return this builder
     */
    public Builder audiences(List<String> audiences) {
      this.audiences = new ArrayList<>(audiences);
      return this;
    }

    /**
     * Sets the expiry; required.
     *
     * @param expiresAt the {@code exp} instant
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the granted scopes.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(Set<String> scopes) {
      this.scopes = scopes;
      return this;
    }

    /**
     * Sets the granted roles.
     *
     * @param roles the roles
     * @return this builder
     */
    public Builder roles(Set<String> roles) {
      this.roles = roles;
      return this;
    }

    /**
     * Sets the granted permissions.
     *
     * @param permissions the permissions
     * @return this builder
     */
    public Builder permissions(Set<String> permissions) {
      this.permissions = permissions;
      return this;
    }

    /**
     * Sets all claims; the map is copied deeply when the token is built.
     *
     * @param claims the claims, as parsed JSON
     * @return this builder
     */
    public Builder claims(Map<String, Object> claims) {
      this.claims = Objects.requireNonNull(claims, "claims");
      return this;
    }

    /**
     * Returns the token.
     *
     * @return the token
     * @throws NullPointerException if the expiry or a set member is missing
     */
    public VerifiedAccessToken build() {
      return new VerifiedAccessToken(this);
    }
  }
}
