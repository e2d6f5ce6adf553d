package org.passerelle.application.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only when a pooled connection to PostgreSQL answers within two seconds. A failure is
 * logged once per outage ({@link DatabaseOutage}), not at every probe of the load balancer.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class);
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PasserelleDS")
    DataSource dataSource;

    @Inject
    DatabaseOutage outage;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            if (!outage.absorbs(e, "the readiness check")) {
                LOG.warnf("Database refused the readiness check: SQL state %s", e.getSQLState());
            }
            up = false;
        }
        if (up) {
            outage.available();
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
