/** The Axioms sample API. */
package io.axioms.samples;
