package org.passerelle.application.channel;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.passerelle.application.convention.ConventionChanged;
import org.passerelle.exchange.ExchangeIdentity;
import org.passerelle.exchange.ExchangeSettings;
import org.passerelle.exchange.PartnerEndpoint;
import org.passerelle.exchange.PartnerExchange;

/**
 * Passerelle's end of the partner channels for this node: its exchange keys (created at first
 * start outside the database), the Camel context delivering and listening, and which partners it
 * listens to (refreshed when a convention or a key changes, and at every start).
 */
@ApplicationScoped
public class ExchangeRuntime {

    private static final Logger LOG = Logger.getLogger(ExchangeRuntime.class);

    @Inject
    ExchangeConfig config;

    @Inject
    InboundUpdates inbound;

    @Inject
    PartnerEndpoints endpoints;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    private ExchangeIdentity identity;
    private volatile PartnerExchange exchange;
    private final Set<String> listening = new HashSet<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        exchange();
        refresh();
    }

    /** Every delivery asks for it: no lock once it exists. */
    PartnerExchange exchange() {
        PartnerExchange started = exchange;
        return started != null ? started : start();
    }

    private synchronized PartnerExchange start() {
        if (exchange == null) {
            identity = ExchangeIdentity.loadOrCreate(Path.of(config.keyFolder()));
            exchange = PartnerExchange.start(
                    identity,
                    inbound,
                    ExchangeSettings.defaults()
                            .withSftpUser(config.sftpUser())
                            .withTimeouts(config.connectTimeout(), config.readTimeout()));
        }
        return exchange;
    }

    /** Passerelle's public keys, as partners fetch them (docs/partner-exchange.md §1). */
    public ExchangeKeysView keys() {
        exchange();
        return new ExchangeKeysView(identity.publicOpenPgp(), identity.publicSsh());
    }

    /** On the managed executor: after commit the transaction is still bound to this thread, and refresh reads the database. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelsChanged changed) {
        refreshAfterCommit();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConventionChanged changed) {
        refreshAfterCommit();
    }

    private void refreshAfterCommit() {
        executor.execute(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Listening to the partners again failed; the next change or start retries");
            }
        });
    }

    /** Listens to the partners whose active conventions name SFTP or AMQP, and to those only. */
    public synchronized void refresh() {
        Set<String> now = new HashSet<>();
        for (PartnerEndpoint endpoint : endpoints.listened()) {
            exchange().watch(endpoint);
            now.add(endpoint.partnerCode());
        }
        for (String partner : listening) {
            if (!now.contains(partner)) {
                exchange.unwatch(partner);
            }
        }
        listening.clear();
        listening.addAll(now);
        LOG.debugf("Listening to %d partner system(s)", now.size());
    }

    @PreDestroy
    synchronized void stop() {
        if (exchange != null) {
            exchange.close();
            exchange = null;
        }
    }
}
