package org.passerelle.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per event on stdout. Callers pass ids, kinds, statuses and field keys only: a value of a
 * person's field must never reach this log (DESIGN.md S8, S11).
 */
public final class EventLog {

    private EventLog() {}

    public static void event(String text) {
        String line = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + text;
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }

    /** For failures: the exception's class, never its message, which may quote input. */
    public static String describe(Throwable failure) {
        return failure.getClass().getSimpleName();
    }
}
