package io.axioms.samples;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasValidAccessToken;

/** {@code /admin/...}: roles as alternatives and as a conjunction. */
@Guarded
@HasValidAccessToken
public interface AdminApi {

  /**
   * Answers {@code GET /admin/users}: role {@code admin} or {@code superuser}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredRoles({"admin", "superuser"})
  String users(@BearerToken String authorization);

  /**
   * Answers {@code GET /admin/critical}: role {@code admin} and role {@code superuser}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredRoles("admin")
  @HasRequiredRoles("superuser")
  String critical(@BearerToken String authorization);
}
