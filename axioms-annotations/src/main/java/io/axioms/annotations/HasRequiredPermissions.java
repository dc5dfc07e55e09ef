package io.axioms.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires the access token to carry at least one of the given permissions.
 *
 * <p>The values inside one annotation are alternatives (any of them is enough); repeating the
 * annotation, or combining it with other requirements, demands all of them. On an interface it
 * applies to every method, and method-level requirements are added to it. It needs a {@link
 * HasValidAccessToken} in force on the same element or its interface, written before it. Values are
 * compared exactly and case-sensitively.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(HasRequiredPermissions.List.class)
public @interface HasRequiredPermissions {

  /**
   * Returns the accepted permissions; the token needs at least one of them.
   *
   * @return the accepted permissions, never empty
   */
  String[] value();

  /**
   * Holds repeated {@link HasRequiredPermissions} annotations; written by the compiler, not by
   * hand.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {

    /**
     * Returns the repeated annotations, in source order.
     *
     * @return the repeated annotations
     */
    HasRequiredPermissions[] value();
  }
}
