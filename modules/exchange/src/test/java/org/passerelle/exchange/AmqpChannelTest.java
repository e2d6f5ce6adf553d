package org.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.crypto.openpgp.OpenPgp;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;
import org.passerelle.crypto.openpgp.OpenPgpSecretKey;

/** Contract §3.3 against a real AMQP 1.0 broker (embedded Artemis), the partner's side played with plain Qpid JMS. */
class AmqpChannelTest {

    private static final byte[] DOCUMENT =
            "{\"schema\":\"passerelle.orientation/1\",\"kind\":\"CANCELLATION\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private static TestAmqpBroker broker;
    private static ExchangeIdentity identity;
    private static OpenPgpSecretKey departementKey;
    private static RecordingListener listener;
    private static PartnerExchange exchange;

    @BeforeAll
    static void start() throws Exception {
        broker = new TestAmqpBroker(folder.resolve("broker"));
        identity = ExchangeIdentity.loadOrCreate(folder.resolve("keys"));
        departementKey = OpenPgpSecretKey.generate("Departement <dep@test>");
        listener = new RecordingListener();
        exchange = PartnerExchange.start(identity, listener, ExchangeSettings.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        if (exchange != null) {
            exchange.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void stopWatching() {
        exchange.unwatch("dep-49");
        listener.failNext(0);
    }

    @Test
    void sentMessageIsDurableSignedEncryptedAndCarriesTheMessageId() throws Exception {
        UUID messageId = UUID.randomUUID();

        assertThat(exchange.deliver(departement(), messageId, DOCUMENT)).isEqualTo(new DeliveryResult.Delivered());

        try (Connection connection = broker.client().createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("passerelle.orientations"));
            Message received = consumer.receive(10_000);
            assertThat(received).isInstanceOf(BytesMessage.class);
            assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
            // Qpid JMS shows a string AMQP message-id without the "ID:" prefix this way
            assertThat(received.getJMSMessageID()).isEqualTo("ID:AMQP_NO_PREFIX:" + messageId);
            byte[] body = received.getBody(byte[].class);
            assertThat(OpenPgp.decryptThenVerify(
                            body, departementKey, OpenPgpPublicKey.fromArmored(identity.publicOpenPgp())))
                    .isEqualTo(DOCUMENT);
        }
    }

    @Test
    void noBrokerListeningIsRetriedLater() {
        PartnerEndpoint nobody = new PartnerEndpoint(
                "dep-49",
                ChannelKind.AMQP,
                URI.create("amqp://127.0.0.1:" + TestPorts.free()),
                departementKey.publicKey().armored(),
                null,
                null);

        assertThat(exchange.deliver(nobody, UUID.randomUUID(), DOCUMENT)).isInstanceOf(DeliveryResult.RetryLater.class);
    }

    @Test
    void aReplyReachesTheListener() throws Exception {
        exchange.watch(departement());

        sendReply("{\"type\":\"ACCEPT\",\"caseworker\":\"agent-1\"}", departementKey);

        assertThat(listener.nextStatus()).isEqualTo("{\"type\":\"ACCEPT\",\"caseworker\":\"agent-1\"}");
    }

    @Test
    void aBadlySignedReplyIsRefusedAndConsumed() throws Exception {
        exchange.watch(departement());

        sendReply("{\"type\":\"REJECT\"}", OpenPgpSecretKey.generate("impostor"));

        assertThat(listener.nextRefusal()).isEqualTo(new RecordingListener.Refusal("dep-49", "wrong-signer"));
        exchange.unwatch("dep-49");
        assertThat(receiveLeftOn("passerelle.replies")).isNull();
    }

    @Test
    void aListenerFailureRollsBackAndTheBrokerRedelivers() throws Exception {
        listener.failNext(1);
        int before = listener.calls.get();
        exchange.watch(departement());

        sendReply("{\"type\":\"FAIL\",\"reasonCode\":\"X\"}", departementKey);

        assertThat(listener.nextStatus()).isEqualTo("{\"type\":\"FAIL\",\"reasonCode\":\"X\"}");
        assertThat(listener.calls.get() - before).isEqualTo(2);
    }

    private static PartnerEndpoint departement() {
        return new PartnerEndpoint(
                "dep-49",
                ChannelKind.AMQP,
                broker.uri(),
                departementKey.publicKey().armored(),
                null,
                null);
    }

    private static void sendReply(String json, OpenPgpSecretKey signer) throws Exception {
        byte[] message = OpenPgp.signThenEncrypt(
                json.getBytes(StandardCharsets.UTF_8), OpenPgpPublicKey.fromArmored(identity.publicOpenPgp()), signer);
        try (Connection connection = broker.client().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("passerelle.replies"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            BytesMessage bytes = session.createBytesMessage();
            bytes.writeBytes(message);
            producer.send(bytes);
        }
    }

    private static Message receiveLeftOn(String queue) throws Exception {
        try (Connection connection = broker.client().createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            return session.createConsumer(session.createQueue(queue)).receive(1_000);
        }
    }
}
