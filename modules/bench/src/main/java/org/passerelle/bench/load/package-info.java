/**
 * Load and what it measures: threads ({@link org.passerelle.bench.load.Workers}), the HTTP closed
 * and open loops, samples cut into time windows, latencies in HdrHistogram and CPU times.
 */
package org.passerelle.bench.load;
