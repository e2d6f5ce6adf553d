/**
 * Fictitious people: the usagers of the two demo CCAS with their dossiers, notes, prior notices and
 * consents, the same on every run for a seed ({@link org.passerelle.testing.people.FictitiousPeople}).
 * The demo data, the integration tests and the benchmarks draw on them; their NIRs are of valid
 * format and key, with commune codes no département has.
 */
package org.passerelle.testing.people;
