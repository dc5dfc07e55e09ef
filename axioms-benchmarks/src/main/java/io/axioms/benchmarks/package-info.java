/**
 * JMH benchmarks of the per-call path. Each benchmark class has a baseline method that does the
 * irreducible work by hand in the same run, so results are read as ratios, not as absolute times.
 */
package io.axioms.benchmarks;
