package io.axioms.samples;

import io.axioms.runtime.AccessTokenContext;

/** The implementation behind {@link ResourceApi} and {@link AdminApi}. */
final class Resources implements ResourceApi, AdminApi {

  @Override
  public String resource(String authorization) {
    return "Resource read with scope read:resource or write:resource.";
  }

  @Override
  public String strict(String authorization) {
    return "Resource read with scopes read:resource and write:resource.";
  }

  @Override
  public String advanced(String authorization) {
    return "Advanced resource read by " + subject() + ".";
  }

  @Override
  public String users(String authorization) {
    return "User list read with role admin or superuser.";
  }

  @Override
  public String critical(String authorization) {
    return "Critical operation allowed with roles admin and superuser.";
  }

  /** Shows how an implementation reads the verified token of the call it is serving. */
  private static String subject() {
    String subject = AccessTokenContext.require().subject();
    return subject == null ? "a token without a subject" : "subject " + subject;
  }
}
