package org.passerelle.simulator.amqp;

import org.passerelle.simulator.document.StatusDocument;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.OpenPgpMessages;
import org.passerelle.simulator.reply.Delivery;
import org.passerelle.simulator.reply.ReplyChannel;

/** dept-49's statuses: signed and encrypted like an SFTP file, sent to {@code passerelle.replies} (§3.3). */
public final class AmqpReplyChannel implements ReplyChannel {

    private final DeptAmqpClient client;
    private final OpenPgpKey deptKey;
    private final PasserelleKeys passerelleKeys;

    public AmqpReplyChannel(DeptAmqpClient client, OpenPgpKey deptKey, PasserelleKeys passerelleKeys) {
        this.client = client;
        this.deptKey = deptKey;
        this.passerelleKeys = passerelleKeys;
    }

    @Override
    public Delivery deliver(StatusDocument status) throws Exception {
        client.send(
                OpenPgpMessages.signAndEncrypt(status.bytes(), deptKey, passerelleKeys.openPgp()), status.messageId());
        return new Delivery("sent", false);
    }
}
