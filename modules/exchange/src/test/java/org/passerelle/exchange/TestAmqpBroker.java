package org.passerelle.exchange;

import java.net.URI;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.qpid.jms.JmsConnectionFactory;

/** A partner's AMQP 1.0 broker: an embedded ActiveMQ Artemis with only an AMQP acceptor, on a free port, in memory. */
final class TestAmqpBroker implements AutoCloseable {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final int port;

    TestAmqpBroker(Path folder) throws Exception {
        port = TestPorts.free();
        Configuration configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.setBrokerInstance(folder.toFile());
        configuration.addAcceptorConfiguration("amqp", "tcp://127.0.0.1:" + port + "?protocols=AMQP");
        broker.setConfiguration(configuration);
        broker.start();
    }

    URI uri() {
        return URI.create("amqp://127.0.0.1:" + port);
    }

    /** A client as the partner's own system would use (Qpid JMS, not the exchange's code). */
    JmsConnectionFactory client() {
        return new JmsConnectionFactory("amqp://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        try {
            broker.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not stop", e);
        }
    }
}
