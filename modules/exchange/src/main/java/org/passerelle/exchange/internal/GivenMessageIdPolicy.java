package org.passerelle.exchange.internal;

import java.util.function.Supplier;
import org.apache.qpid.jms.JmsDestination;
import org.apache.qpid.jms.JmsSession;
import org.apache.qpid.jms.message.JmsMessageIDBuilder;
import org.apache.qpid.jms.policy.JmsDefaultMessageIDPolicy;
import org.apache.qpid.jms.policy.JmsMessageIDPolicy;

/**
 * Makes the AMQP {@code message-id} of a send the contract's {@code messageId} (§3.3). JMS lets no
 * client choose a message id, but Qpid JMS asks its message id builder for one on the sending
 * thread, inside {@code send}: the id to use is handed to that thread by {@link #sendWith}. Sends
 * outside {@link #sendWith} get Qpid's default ids.
 */
public final class GivenMessageIdPolicy implements JmsMessageIDPolicy {

    private static final ThreadLocal<String> GIVEN = new ThreadLocal<>();

    private final JmsDefaultMessageIDPolicy fallback = new JmsDefaultMessageIDPolicy();

    /** Runs {@code send} (a synchronous send on this thread) with {@code messageId} as the AMQP message-id, a string. */
    public static <T> T sendWith(String messageId, Supplier<T> send) {
        GIVEN.set(messageId);
        try {
            return send.get();
        } finally {
            GIVEN.remove();
        }
    }

    @Override
    public JmsMessageIDPolicy copy() {
        return new GivenMessageIdPolicy();
    }

    @Override
    public JmsMessageIDBuilder getMessageIDBuilder(JmsSession session, JmsDestination destination) {
        JmsMessageIDBuilder defaults = fallback.getMessageIDBuilder(session, destination);
        return new JmsMessageIDBuilder() {
            @Override
            public Object createMessageID(String producerId, long messageSequence) {
                String given = GIVEN.get();
                return given != null ? given : defaults.createMessageID(producerId, messageSequence);
            }

            @Override
            public JmsMessageIDBuilder initialize(String producerId) {
                defaults.initialize(producerId);
                return this;
            }
        };
    }
}
