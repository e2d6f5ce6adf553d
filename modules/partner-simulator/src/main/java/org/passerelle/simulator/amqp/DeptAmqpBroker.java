package org.passerelle.simulator.amqp;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.PartnerListener;

/**
 * dept-49's message broker: an embedded Artemis with one AMQP acceptor on 127.0.0.1 and the contract's
 * two queues (§3.3). Messages live in memory only; "down" stops the acceptor, not the broker.
 */
public final class DeptAmqpBroker implements PartnerListener, AutoCloseable {

    public static final String ORIENTATIONS = "passerelle.orientations";
    public static final String REPLIES = "passerelle.replies";
    private static final String DEAD_LETTERS = "DLQ";
    private static final String EXPIRED = "ExpiryQueue";
    private static final String ACCEPTOR = "amqp";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();

    public DeptAmqpBroker(Path folder, int port) throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setName("partner-simulator")
                .setPersistenceEnabled(false)
                // a local demo broker: anyone who can reach 127.0.0.1 may connect, any user name
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setCriticalAnalyzer(false)
                .setBindingsDirectory(folder.resolve("bindings").toString())
                .setJournalDirectory(folder.resolve("journal").toString())
                .setPagingDirectory(folder.resolve("paging").toString())
                .setLargeMessagesDirectory(folder.resolve("large-messages").toString())
                .addAcceptorConfiguration(ACCEPTOR, "tcp://127.0.0.1:" + port + "?protocols=AMQP")
                .addQueueConfiguration(queue(ORIENTATIONS))
                .addQueueConfiguration(queue(REPLIES))
                // where Artemis puts what it gives up on, so that nothing vanishes silently
                .addQueueConfiguration(queue(DEAD_LETTERS))
                .addQueueConfiguration(queue(EXPIRED))
                .addAddressSetting(
                        "#",
                        new AddressSettings()
                                .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                                .setExpiryAddress(SimpleString.of(EXPIRED)));
        configuration.setBrokerInstance(folder.toFile());
        broker.setConfiguration(configuration);
    }

    private static QueueConfiguration queue(String name) {
        return QueueConfiguration.of(name)
                .setAddress(name)
                .setRoutingType(RoutingType.ANYCAST)
                .setDurable(true);
    }

    /** Starts the broker with its acceptor. */
    public void startBroker() throws Exception {
        broker.start();
    }

    @Override
    public Partner partner() {
        return Partner.DEPT_49;
    }

    @Override
    public synchronized void start() throws Exception {
        acceptor().start();
    }

    @Override
    public synchronized void stop() {
        try {
            acceptor().stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the AMQP acceptor", e);
        }
    }

    @Override
    public synchronized boolean running() {
        return acceptor().isStarted();
    }

    private Acceptor acceptor() {
        return broker.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
    }

    @Override
    public void close() {
        try {
            broker.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the AMQP broker", e);
        }
    }
}
