package org.passerelle.simulator.amqp;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.function.Consumer;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.passerelle.simulator.EventLog;

/**
 * dept-49's own system on its broker, over AMQP like Passerelle: consumes {@code passerelle.orientations},
 * produces to {@code passerelle.replies}. It reconnects by itself after "down" stopped the acceptor.
 */
public final class DeptAmqpClient implements AutoCloseable {

    private final Connection connection;
    private final Session producerSession;
    private final MessageProducer producer;

    public DeptAmqpClient(int port) throws JMSException {
        JmsConnectionFactory factory = new JmsConnectionFactory("failover:(amqp://127.0.0.1:" + port + ")"
                + "?failover.initialReconnectDelay=100&failover.reconnectDelay=500"
                + "&failover.useReconnectBackOff=false&failover.maxReconnectAttempts=-1");
        factory.setMessageIDPolicy(new FixedMessageIdPolicy());
        connection = factory.createConnection();
        producerSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = producerSession.createProducer(producerSession.createQueue(DeptAmqpBroker.REPLIES));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    /** Starts consuming orientations; each is acknowledged once {@code onOrientation} returns. */
    public void listen(Consumer<byte[]> onOrientation) throws JMSException {
        Session consumerSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        consumerSession
                .createConsumer(consumerSession.createQueue(DeptAmqpBroker.ORIENTATIONS))
                .setMessageListener(message -> onOrientation.accept(body(message)));
        connection.start();
    }

    /** A durable message whose AMQP message-id is {@code messageId}, body a Data section. */
    public synchronized void send(byte[] body, String messageId) throws Exception {
        BytesMessage message = producerSession.createBytesMessage();
        message.writeBytes(body);
        FixedMessageIdPolicy.sendWithId(messageId, () -> producer.send(message));
    }

    /** The Data section's bytes; another body type yields an empty array, which fails decryption. */
    private static byte[] body(Message message) {
        try {
            if (message instanceof BytesMessage bytes) {
                byte[] body = new byte[(int) bytes.getBodyLength()];
                bytes.readBytes(body);
                return body;
            }
            EventLog.event("amqp message ignored type=" + message.getClass().getSimpleName());
        } catch (JMSException e) {
            EventLog.event("amqp message unreadable error=" + EventLog.describe(e));
        }
        return new byte[0];
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
