package org.passerelle.simulator.amqp;

import java.util.UUID;
import org.apache.qpid.jms.JmsDestination;
import org.apache.qpid.jms.JmsSession;
import org.apache.qpid.jms.message.JmsMessageIDBuilder;
import org.apache.qpid.jms.policy.JmsMessageIDPolicy;

/**
 * Makes the AMQP {@code message-id} the document's messageId, as the contract asks (§3.3). JMS gives the
 * application no way to choose it; Qpid JMS asks this policy on the sending thread, so the id to use is
 * handed over in a thread-local around the send.
 */
final class FixedMessageIdPolicy implements JmsMessageIDPolicy {

    private static final ThreadLocal<String> NEXT = new ThreadLocal<>();

    interface Send {
        void run() throws Exception;
    }

    static void sendWithId(String messageId, Send send) throws Exception {
        NEXT.set(messageId);
        try {
            send.run();
        } finally {
            NEXT.remove();
        }
    }

    @Override
    public JmsMessageIDPolicy copy() {
        return this;
    }

    @Override
    public JmsMessageIDBuilder getMessageIDBuilder(JmsSession session, JmsDestination destination) {
        return (producerId, sequence) -> {
            String next = NEXT.get();
            // an AMQP string message-id, the lower-case UUID itself
            return next != null ? next : UUID.randomUUID().toString();
        };
    }
}
