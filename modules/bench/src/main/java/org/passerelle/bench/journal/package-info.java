/**
 * P2: the access journal's chained appends against plain inserts, and its verification against a
 * plain read.
 */
package org.passerelle.bench.journal;
