package org.passerelle.domain.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations when the persistence unit starts.
 *
 * <p>Why an {@link Integrator}: WildFly starts the persistence unit, and Hibernate validates the
 * schema, before any {@code @Startup} bean runs; an integrator runs before that validation, so the
 * schema is migrated first. It acts only on persistence units that set
 * {@value #LOCATIONS_PROPERTY}, and migrates through the unit's own data source.
 */
public class SchemaMigrationIntegrator implements Integrator {

    static final String LOCATIONS_PROPERTY = "passerelle.flyway.locations";

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class);

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        Object locations = sessionFactory.getProperties().get(LOCATIONS_PROPERTY);
        if (locations == null) {
            return;
        }
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = Flyway.configure(SchemaMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toString().split(","))
                .load()
                .migrate();
        LOG.infof(
                "Schema at version %s (%d migrations applied)", result.targetSchemaVersion, result.migrationsExecuted);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: migrations are permanent
    }
}
