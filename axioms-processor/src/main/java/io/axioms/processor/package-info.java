/** The Axioms annotation processor. */
package io.axioms.processor;
