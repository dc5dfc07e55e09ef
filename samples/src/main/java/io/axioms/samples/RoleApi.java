package io.axioms.samples;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredRoles;
import io.axioms.annotations.HasValidAccessToken;

/**
 * {@code /role}: every method needs a valid token with role {@code sample:role}, declared once on
 * the interface.
 */
@Guarded
@HasValidAccessToken
@HasRequiredRoles("sample:role")
public interface RoleApi {

  /**
   * Answers {@code GET /role}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  String read(@BearerToken String authorization);

  /**
   * Answers {@code POST /role}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  String create(@BearerToken String authorization);

  /**
   * Answers {@code PATCH /role}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  String update(@BearerToken String authorization);

  /**
   * Answers {@code DELETE /role}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  String delete(@BearerToken String authorization);
}
