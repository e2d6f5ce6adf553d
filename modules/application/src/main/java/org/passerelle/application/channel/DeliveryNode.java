package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who holds a claimed message: this node's name ({@code jboss.node.name}, unique per node in a
 * cluster; {@code PASSERELLE_EXCHANGE_NODE_NAME} overrides it) and this start of it (a random id
 * per boot). A node that starts again knows by them which messages its previous start held.
 */
@ApplicationScoped
class DeliveryNode {

    private final UUID boot = UUID.randomUUID();

    @Inject
    @ConfigProperty(name = "passerelle.exchange.node-name")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "jboss.node.name")
    Optional<String> wildfly;

    String name() {
        return configured.filter(n -> !n.isBlank()).or(() -> wildfly).orElse("passerelle");
    }

    UUID boot() {
        return boot;
    }
}
