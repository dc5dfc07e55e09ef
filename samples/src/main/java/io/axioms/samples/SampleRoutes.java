package io.axioms.samples;

import io.axioms.runtime.AccessTokenValidator;
import java.util.List;

/**
 * The sample's routes, exactly the table in the design: each one a method of a guarded interface.
 */
public final class SampleRoutes {

  private SampleRoutes() {}

  /**
   * Returns every route, each calling through a generated guard that checks the token first.
   *
   * @param validator validates each call's bearer token
   * @return the routes, in the order of the design's table
   */
  public static List<Route> guardedBy(AccessTokenValidator validator) {
    GreetingApi greetings = new GuardedGreetingApi(new Greetings(), validator);
    SampleRecords records = new SampleRecords();
    RoleApi roles = new GuardedRoleApi(records, validator);
    PermissionApi permissions = new GuardedPermissionApi(records, validator);
    Resources resourceImplementation = new Resources();
    ResourceApi resources = new GuardedResourceApi(resourceImplementation, validator);
    AdminApi admin = new GuardedAdminApi(resourceImplementation, validator);

    return List.of(
        new Route("GET", "/public", authorization -> greetings.publicGreeting()),
        new Route("GET", "/private", greetings::privateGreeting),
        new Route("GET", "/role", roles::read),
        new Route("POST", "/role", roles::create),
        new Route("PATCH", "/role", roles::update),
        new Route("DELETE", "/role", roles::delete),
        new Route("POST", "/permission", permissions::create),
        new Route("PATCH", "/permission", permissions::update),
        new Route("GET", "/permission", permissions::read),
        new Route("DELETE", "/permission", permissions::delete),
        new Route("GET", "/api/resource", resources::resource),
        new Route("GET", "/api/strict", resources::strict),
        new Route("GET", "/admin/users", admin::users),
        new Route("GET", "/admin/critical", admin::critical),
        new Route("GET", "/api/advanced", resources::advanced));
  }
}
