package org.passerelle.journal;

import java.time.Instant;

/**
 * What one {@link JournalPurger#purge} did.
 *
 * @param epoch          the new start of the chain, signed, stored and written as a file
 * @param entriesDeleted the entries deleted with their seals (positions up to the epoch's start − 1)
 * @param cutoff         entries written before this time were due
 */
public record Purge(Epoch epoch, long entriesDeleted, Instant cutoff) {}
