package com.example.admin;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;

/** Holds the admin handlers. */
public final class Admin {

  private Admin() {}

  /** A nested interface: its guard is GuardedAdmin_Users. */
  @Guarded
  public interface Users {

    @HasValidAccessToken
    @HasRequiredRoles("admin")
    @HasRequiredRoles("superuser")
    String critical(@BearerToken String authorization);

    @HasValidAccessToken
    @HasRequiredScopes({"openid", "profile"})
    @HasRequiredRoles("editor")
    @HasRequiredPermissions({"resource:read", "resource:write"})
    String advanced(@BearerToken String authorization, String resourceIdentifierThatIsRatherLong);

    /** Kept for old clients. */
    @Deprecated
    @HasValidAccessToken
    String legacy(@BearerToken String authorization);
  }
}
