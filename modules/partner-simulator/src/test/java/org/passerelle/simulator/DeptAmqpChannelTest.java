package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.message.JmsMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;
import org.passerelle.simulator.openpgp.OpenPgpMessages;
import org.passerelle.simulator.openpgp.OpenedMessage;
import org.passerelle.simulator.openpgp.SignatureCheck;

/** dept-49 over AMQP 1.0, with Qpid JMS as Passerelle's Camel route will use it. */
class DeptAmqpChannelTest {

    private static SimulatorFixture fixture;
    private static OpenPgpCertificate deptCertificate;
    private static Connection connection;

    @BeforeAll
    static void start() throws Exception {
        fixture = SimulatorFixture.start();
        deptCertificate = OpenPgpCertificate.read(
                fixture.getJson("/keys/dept-49").path("openpgp").asText());
        connection =
                new JmsConnectionFactory("amqp://127.0.0.1:" + fixture.amqpPort).createConnection("passerelle", "");
        connection.start();
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        fixture.close();
    }

    @Test
    void anOrientationIsRecordedAndItsRepliesArriveOnTheRepliesQueue() throws Exception {
        fixture.behaviour(
                Partner.DEPT_49, "{\"replies\": [\"ACKNOWLEDGE\", \"REJECT\"], \"message\": \"Hors secteur\"}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.DEPT_49);
        String messageId = orientation.get("messageId").asText();
        String referralId = orientation.get("referralId").asText();

        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue("passerelle.orientations"));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(OpenPgpMessages.signAndEncrypt(
                    Documents.bytes(orientation), fixture.passerelle.openPgpKey, deptCertificate));
            producer.send(message);

            JsonNode entry = fixture.awaitLedger(messageId, 1).getFirst();
            assertThat(entry.path("channel").asText()).isEqualTo("AMQP");
            assertThat(entry.path("partner").asText()).isEqualTo("dept-49");
            assertThat(entry.path("signatureValid").asBoolean()).isTrue();

            MessageConsumer consumer = session.createConsumer(session.createQueue("passerelle.replies"));
            List<JsonNode> replies = new ArrayList<>();
            while (replies.size() < 2) {
                Message reply = consumer.receive(SimulatorFixture.PATIENCE.toMillis());
                assertThat(reply).as("a reply on passerelle.replies").isInstanceOf(BytesMessage.class);
                JsonNode status = read((BytesMessage) reply);
                assertThat(reply.getJMSDeliveryMode()).isEqualTo(jakarta.jms.DeliveryMode.PERSISTENT);
                assertThat(((JmsMessage) reply).getFacade().getProviderMessageIdObject())
                        .isEqualTo(status.path("messageId").asText());
                if (referralId.equals(status.path("referralId").asText())) {
                    replies.add(status);
                }
            }
            assertThat(replies).extracting(r -> r.path("type").asText()).containsExactly("ACKNOWLEDGE", "REJECT");
            assertThat(replies.get(1).path("reasonCode").asText()).isEqualTo("HORS_COMPETENCE");
            assertThat(replies.get(1).path("message").asText()).isEqualTo("Hors secteur");
        }
    }

    private static JsonNode read(BytesMessage message) throws Exception {
        byte[] body = new byte[(int) message.getBodyLength()];
        message.readBytes(body);
        OpenedMessage opened = OpenPgpMessages.open(body, fixture.passerelle.openPgpKey);
        assertThat(opened.verify(deptCertificate)).isEqualTo(SignatureCheck.VALID);
        try {
            return Json.MAPPER.readTree(opened.content());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
