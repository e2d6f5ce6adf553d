/**
 * What a run reports: figures against their baseline and target, the text table, the page
 * {@code docs/benchmarks.md} (its analysis kept) and line charts (JFreeChart). Depends on nothing else
 * of the benchmark.
 */
package org.passerelle.bench.report;
