package io.axioms.samples;

import java.util.List;

/**
 * One row of the design's route table as the end-to-end tests see it: a grant that is just enough,
 * a grant that falls short, and what the refusal names.
 */
final class RouteCase {

  final String method;
  final String path;
  final Grant enough;
  final Grant tooLittle;
  final String requiredScopes;
  final String message;

  private RouteCase(
      String method,
      String path,
      Grant enough,
      Grant tooLittle,
      String requiredScopes,
      String message) {
    this.method = method;
    this.path = path;
    this.enough = enough;
    this.tooLittle = tooLittle;
    this.requiredScopes = requiredScopes;
    this.message = message;
  }

  /** Returns every guarded route; {@code /public} is checked on its own. */
  static List<RouteCase> guarded() {
    Grant none = Grant.none();
    return List.of(
        scoped(
            "GET",
            "/private",
            none.scopes("profile"),
            none.scopes("email"),
            "openid profile",
            "All good. You are authenticated!"),
        plain("GET", "/role", none.roles("sample:role"), none.roles("admin"), "Sample read."),
        plain(
            "POST",
            "/role",
            none.roles("sample:role"),
            none.permissions("sample:create"),
            "Sample created."),
        plain("PATCH", "/role", none.roles("sample:role"), none.roles("editor"), "Sample updated."),
        plain(
            "DELETE", "/role", none.roles("sample:role"), none.scopes("openid"), "Sample deleted."),
        plain(
            "POST",
            "/permission",
            none.permissions("sample:create"),
            none.permissions("sample:read"),
            "Sample created."),
        plain(
            "PATCH",
            "/permission",
            none.permissions("sample:update"),
            none.permissions("sample:create"),
            "Sample updated."),
        plain(
            "GET",
            "/permission",
            none.permissions("sample:read"),
            none.permissions("sample:update"),
            "Sample read."),
        plain(
            "DELETE",
            "/permission",
            none.permissions("sample:delete"),
            none.roles("sample:role"),
            "Sample deleted."),
        scoped(
            "GET",
            "/api/resource",
            none.scopes("write:resource"),
            none.scopes("openid"),
            "read:resource write:resource",
            "Resource read with scope"),
        scoped(
            "GET",
            "/api/strict",
            none.scopes("read:resource", "write:resource"),
            none.scopes("read:resource"),
            "write:resource",
            "Resource read with scopes"),
        plain(
            "GET", "/admin/users", none.roles("superuser"), none.roles("editor"), "User list read"),
        plain(
            "GET",
            "/admin/critical",
            none.roles("admin", "superuser"),
            none.roles("admin"),
            "Critical operation allowed"),
        plain(
            "GET",
            "/api/advanced",
            none.scopes("profile").roles("editor").permissions("resource:write"),
            none.scopes("profile").permissions("resource:write"),
            "Advanced resource read by"));
  }

  private static RouteCase scoped(
      String method, String path, Grant enough, Grant tooLittle, String scopes, String message) {
    return new RouteCase(method, path, enough, tooLittle, scopes, message);
  }

  private static RouteCase plain(
      String method, String path, Grant enough, Grant tooLittle, String message) {
    return new RouteCase(method, path, enough, tooLittle, null, message);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
