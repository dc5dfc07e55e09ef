package io.axioms.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, in one place. Each names the annotation at fault and says
 * how to fix it; warnings also say how to silence them.
 */
enum Message {
  GUARDED_NOT_INTERFACE(
      Diagnostic.Kind.ERROR,
      "@Guarded applies only to interfaces, and %s is %s: declare it as an interface, or remove"
          + " @Guarded"),
  GUARDED_SEALED(
      Diagnostic.Kind.ERROR,
      "@Guarded cannot guard sealed interface %s, because the generated %s is not one of its"
          + " permitted subtypes: remove 'sealed', or remove @Guarded"),
  GUARDED_PRIVATE(
      Diagnostic.Kind.ERROR,
      "@Guarded cannot guard %s, because it is private and the generated %s in its package could"
          + " not implement it: make the interface package-private or public"),
  GUARDED_IN_PRIVATE(
      Diagnostic.Kind.ERROR,
      "@Guarded cannot guard %s, because it is nested in private %s and the generated %s in its"
          + " package could not implement it: make the enclosing type package-private or public"),
  NOT_GUARDED_INTERFACE(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because interface %s is not @Guarded: add @Guarded to the"
          + " interface, or remove @%s"),
  NOT_AN_INTERFACE(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because %s is not an interface: put it on a @Guarded interface or"
          + " one of its methods, or remove it"),
  NOT_AN_INTERFACE_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because %s() belongs to %s, not to an interface: put it on a method"
          + " of a @Guarded interface, or remove it"),
  STATIC_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because %s() is static, and a guard cannot intercept a static"
          + " method: make it an abstract or default method, or remove @%s"),
  PRIVATE_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because %s() is private, and a guard cannot intercept a private"
          + " method: make it an abstract or default method, or remove @%s"),
  OBJECT_METHOD(
      Diagnostic.Kind.ERROR,
      "@%s has no effect here, because %s() redeclares a method of Object, which the guard"
          + " inherits and cannot intercept: remove @%s"),
  CLAIM_WITHOUT_TOKEN(
      Diagnostic.Kind.ERROR,
      "@%s needs a valid access token, but no @HasValidAccessToken is in force: add"
          + " @HasValidAccessToken before it, on the %s"),
  TOKEN_AFTER_CLAIM(
      Diagnostic.Kind.ERROR,
      "@HasValidAccessToken must come before @%s, because the guard checks in source order and"
          + " the token comes first: move @HasValidAccessToken above @%s"),
  EMPTY_VALUES(
      Diagnostic.Kind.ERROR,
      "@%s lists no %s, so no token could satisfy it: list the accepted %ss, or remove the"
          + " annotation"),
  BLANK_VALUE(
      Diagnostic.Kind.ERROR,
      "@%s has a blank %s, which no token carries: write the %s exactly as the token carries it,"
          + " or remove the value"),
  SCOPE_WITH_WHITESPACE(
      Diagnostic.Kind.ERROR,
      "@HasRequiredScopes value \"%s\" contains whitespace, which a scope never does: write each"
          + " scope as its own value, as in {\"a\", \"b\"}"),
  NO_POLICY(
      Diagnostic.Kind.ERROR,
      "%s() in @Guarded interface %s has no policy: add @HasValidAccessToken (with any scope, role"
          + " or permission requirements) or @Public, to the method or, for the token, to the"
          + " interface"),
  INHERITED_WITHOUT_POLICY(
      Diagnostic.Kind.ERROR,
      "@Guarded interface %s inherits %s() from %s, which has no policy: redeclare the method in"
          + " %s with @HasValidAccessToken or @Public"),
  INHERITED_INVALID(
      Diagnostic.Kind.ERROR,
      "@Guarded interface %s inherits %s() from %s, whose policy has errors: fix the errors"
          + " reported on %s"),
  PUBLIC_WITH_REQUIREMENT(
      Diagnostic.Kind.ERROR,
      "@Public cannot be combined with @%s on the same method: remove @Public to require a token,"
          + " or remove @%s to leave the method open"),
  NO_BEARER_TOKEN(
      Diagnostic.Kind.ERROR,
      "%s() needs a valid access token but has no parameter to read it from: add a String"
          + " parameter marked @BearerToken that receives the Authorization header"),
  BEARER_TOKEN_NOT_STRING(
      Diagnostic.Kind.ERROR,
      "@BearerToken must mark a String parameter, and %s is a parameter of type %s: declare it as"
          + " String, the raw Authorization header value"),
  BEARER_TOKEN_REPEATED(
      Diagnostic.Kind.ERROR,
      "@BearerToken may mark only one parameter, and %s() already reads the credential from %s:"
          + " remove this @BearerToken"),
  /**
   * A note, not an error: javac reports the unresolved type itself, and a second error would only
   * repeat it. The note says why the guard is missing.
   */
  UNRESOLVED_TYPES(
      Diagnostic.Kind.NOTE,
      "%s was not generated, because %s refers to %s, which does not resolve: fix that type"
          + " first"),
  WRITE_FAILED(Diagnostic.Kind.ERROR, "Could not write %s: %s"),
  INTERNAL_ERROR(
      Diagnostic.Kind.ERROR,
      "The Axioms processor failed on %s, which is a bug in the processor, not in your code;"
          + " please report it with this message: %s"),
  DUPLICATE_VALUE(
      Diagnostic.Kind.WARNING,
      "@%s lists \"%s\" more than once: remove the repeat (or silence this with"
          + " @SuppressWarnings(\""
          + Message.SUPPRESSION_KEY
          + "\"))"),
  IMPLIED_REQUIREMENT(
      Diagnostic.Kind.WARNING,
      "@%s(%s) is implied by @%s(%s)%s, which already demands one of these values: remove it (or"
          + " silence this with @SuppressWarnings(\""
          + Message.SUPPRESSION_KEY
          + "\"))"),
  REDUNDANT_TOKEN(
      Diagnostic.Kind.WARNING,
      "@HasValidAccessToken on %s() repeats the one on interface %s: remove it (or silence this"
          + " with @SuppressWarnings(\""
          + Message.SUPPRESSION_KEY
          + "\"))");

  /** The {@code @SuppressWarnings} value that silences the processor's warnings. */
  static final String SUPPRESSION_KEY = "axioms";

  private final Diagnostic.Kind kind;
  private final String format;

  Message(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  /** Returns whether this is an error or a warning. */
  Diagnostic.Kind kind() {
    return kind;
  }

  /** Returns the message text with its arguments filled in. */
  String format(Object... arguments) {
    return String.format(format, arguments);
  }
}
