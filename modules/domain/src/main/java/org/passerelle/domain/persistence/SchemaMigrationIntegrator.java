package org.passerelle.domain.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
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
 * {@value #LOCATIONS_PROPERTY}.
 *
 * <p>Two database roles (issue 15): the migrations run as the schema's owner, through the data
 * source named by {@value #OWNER_DATA_SOURCE_PROPERTY}; the unit's own data source connects as the
 * runtime role, which owns nothing. After the migrations, at every start, the owner runs
 * {@value #GRANTS} with the runtime role's name (its {@code current_user}) in place of
 * {@code ${runtime_role}}: it grants that role what the application needs, and no more than
 * INSERT and SELECT on the journal. When both data sources connect as the same role (a one-role
 * setup) it says so at WARN: that role can then disable the journal's triggers.
 */
public class SchemaMigrationIntegrator implements Integrator {

    static final String LOCATIONS_PROPERTY = "passerelle.flyway.locations";

    /** JNDI name of the owner's data source; without it the unit's own data source migrates. */
    static final String OWNER_DATA_SOURCE_PROPERTY = "passerelle.flyway.data-source";

    /** The runtime role's grants, applied after every migration run. */
    public static final String GRANTS = "db/grants/runtime-grants.sql";

    /** Where {@link #GRANTS} names the runtime role. */
    public static final String RUNTIME_ROLE_PLACEHOLDER = "${runtime_role}";

    /** How long to wait for the owner's data source to be bound (the server binds it at boot, beside the deployment). */
    private static final long LOOKUP_WAIT_MILLIS = 60_000;

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class);

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        Object locations = sessionFactory.getProperties().get(LOCATIONS_PROPERTY);
        if (locations == null) {
            return;
        }
        DataSource runtime = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Object ownerName = sessionFactory.getProperties().get(OWNER_DATA_SOURCE_PROPERTY);
        DataSource owner = ownerName == null ? runtime : lookup(ownerName.toString());
        String runtimeRole = currentUser(runtime);
        String ownerRole = currentUser(owner);
        if (runtimeRole.equals(ownerRole)) {
            LOG.warnf(
                    "The server connects to the database as the schema's owner (%s): it could rewrite the access"
                            + " journal. Give it a runtime role of its own (PASSERELLE_DB_OWNER_USER, README).",
                    ownerRole);
        }
        MigrateResult result = Flyway.configure(SchemaMigrationIntegrator.class.getClassLoader())
                .dataSource(owner)
                .locations(locations.toString().split(","))
                .load()
                .migrate();
        grant(owner, runtimeRole);
        LOG.infof(
                "Schema at version %s (%d migrations applied) as %s; the server runs as %s",
                result.targetSchemaVersion, result.migrationsExecuted, ownerRole, runtimeRole);
    }

    /** Runs {@link #GRANTS} as the owner for {@code runtimeRole}. */
    static void grant(DataSource owner, String runtimeRole) {
        String script;
        try (InputStream in = SchemaMigrationIntegrator.class.getClassLoader().getResourceAsStream(GRANTS)) {
            if (in == null) {
                throw new IllegalStateException(GRANTS + " is missing");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement()) {
            s.execute(script.replace(RUNTIME_ROLE_PLACEHOLDER, runtimeRole.replace("'", "''")));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the runtime role " + runtimeRole + " its rights", e);
        }
    }

    private static DataSource lookup(String name) {
        long deadline = System.currentTimeMillis() + LOOKUP_WAIT_MILLIS;
        while (true) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NameNotFoundException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("The schema owner's data source " + name + " is not bound", e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + name, interrupted);
                }
            } catch (NamingException e) {
                throw new IllegalStateException("Cannot look up the schema owner's data source " + name, e);
            }
        }
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select current_user")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: migrations are permanent
    }
}
