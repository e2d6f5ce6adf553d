package org.passerelle.testing;

import java.net.URI;

/**
 * The ports of one stack: those of {@code ./passerelle run} plus an offset, so that stacks run side
 * by side (the run's offset 0, the integration tests' 10000, the benchmarks' 20000, a worktree's own).
 *
 * @param offset added to every port of {@code ./passerelle run}
 */
public record Ports(int offset) {

    /** The offset of a stack whose API listens at {@code api} (8080 plus the offset). */
    public static Ports of(URI api) {
        return new Ports(api.getPort() - 8080);
    }

    /** WildFly's HTTP port: the pages and the API. */
    public int http() {
        return 8080 + offset;
    }

    /** WildFly's management port: readiness at {@code /health/ready}. */
    public int management() {
        return 9990 + offset;
    }

    public int keycloak() {
        return 8180 + offset;
    }

    /** The partner simulator's control API and ledger. */
    public int simulator() {
        return 8280 + offset;
    }

    /** The CAF's HTTPS endpoint, played by the simulator. */
    public int simulatorHttps() {
        return 8243 + offset;
    }

    /** The CPAM's SFTP server, played by the simulator. */
    public int simulatorSftp() {
        return 2222 + offset;
    }

    /** The Département's AMQP broker, played by the simulator. */
    public int simulatorAmqp() {
        return 5682 + offset;
    }

    /** Where the server sends its notifications. */
    /** A test's own PostgreSQL cluster ({@link PrivatePostgres}), beside the shared one on 5432. */
    public int privatePostgres() {
        return 5433 + offset;
    }

    public int smtp() {
        return 2525 + offset;
    }

    /** The server's base, e.g. {@code http://localhost:8080}. */
    public URI api() {
        return local(http());
    }

    public URI managementUrl() {
        return local(management());
    }

    public URI keycloakUrl() {
        return local(keycloak());
    }

    public URI simulatorUrl() {
        return local(simulator());
    }

    private static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }
}
