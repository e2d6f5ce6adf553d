package org.passerelle.application.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application: services and pages inject {@link Clock} rather than reading
 * the system time, so that their tests can fix or step it.
 */
@ApplicationScoped
public class ClockProducer {

    /**
     * The system clock in UTC; instants are zone-free, and each page formats them in its own zone.
     * Dependent: a {@code Clock} is immutable, and a JDK class is best left unproxied.
     */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
