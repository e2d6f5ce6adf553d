package org.passerelle.application.journal;

import java.util.List;

/** One page of a journal search, newest first. */
public record JournalPage(List<JournalEntryView> entries, int page, int size, long total) {}
