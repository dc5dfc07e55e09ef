/**
 * An adapter for the JDK's built-in {@code com.sun.net.httpserver}: writes Axioms failures as HTTP
 * responses. See {@link io.axioms.runtime.httpserver.HttpServerErrors}.
 */
package io.axioms.runtime.httpserver;
