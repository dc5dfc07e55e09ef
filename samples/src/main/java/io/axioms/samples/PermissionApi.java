package io.axioms.samples;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredPermissions;
import io.axioms.annotations.HasValidAccessToken;

/**
 * {@code /permission}: a valid token for every method (declared on the interface), and one
 * permission per HTTP method (declared on each method, added to the interface's requirement).
 */
@Guarded
@HasValidAccessToken
public interface PermissionApi {

  /**
   * Answers {@code POST /permission}: permission {@code sample:create}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredPermissions("sample:create")
  String create(@BearerToken String authorization);

  /**
   * Answers {@code PATCH /permission}: permission {@code sample:update}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredPermissions("sample:update")
  String update(@BearerToken String authorization);

  /**
   * Answers {@code GET /permission}: permission {@code sample:read}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredPermissions("sample:read")
  String read(@BearerToken String authorization);

  /**
   * Answers {@code DELETE /permission}: permission {@code sample:delete}.
   *
   * @param authorization the raw {@code Authorization} header value, or {@code null}
   * @return the message
   */
  @HasRequiredPermissions("sample:delete")
  String delete(@BearerToken String authorization);
}
