package io.axioms.samples;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;

/**
 * {@code /api/...}: how alternatives (OR inside one annotation) and conjunctions (AND by repeating
 * or combining annotations) read.
 */
@Guarded
@HasValidAccessToken
public interface ResourceApi {

  /**
   * Answers {@code GET /api/resource}: scope {@code read:resource} or {@code write:resource}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredScopes({"read:resource", "write:resource"})
  String resource(@BearerToken String authorization);

  /**
   * Answers {@code GET /api/strict}: scope {@code read:resource} and scope {@code write:resource}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredScopes("read:resource")
  @HasRequiredScopes("write:resource")
  String strict(@BearerToken String authorization);

  /**
   * Answers {@code GET /api/advanced}: scope {@code openid} or {@code profile}, and role {@code
   * editor}, and permission {@code resource:read} or {@code resource:write}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredScopes({"openid", "profile"})
  @HasRequiredRoles("editor")
  @HasRequiredPermissions({"resource:read", "resource:write"})
  String advanced(@BearerToken String authorization);
}
