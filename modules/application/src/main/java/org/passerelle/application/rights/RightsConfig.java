package org.passerelle.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the register is checked for overdue requests ({@code PASSERELLE_RIGHTS_CHECK_SECONDS},
 * every minute by default; tests shorten it to a second).
 */
@ApplicationScoped
public class RightsConfig {

    @Inject
    @ConfigProperty(name = "passerelle.rights.check-seconds", defaultValue = "60")
    long checkSeconds;

    Duration checkInterval() {
        return Duration.ofSeconds(Math.clamp(checkSeconds, 1, 3600));
    }
}
