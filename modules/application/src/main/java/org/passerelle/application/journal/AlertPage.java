package org.passerelle.application.journal;

import java.util.List;

/** One page of the alert queue, newest first. */
public record AlertPage(List<AlertView> alerts, int page, int size, long total) {}
