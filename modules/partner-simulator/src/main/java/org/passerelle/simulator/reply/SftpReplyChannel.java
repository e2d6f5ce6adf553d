package org.passerelle.simulator.reply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.passerelle.simulator.document.StatusDocument;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.OpenPgpMessages;

/**
 * cpam-49's statuses: {@code outgoing/{messageId}.pgp} in its SFTP folder, signed by cpam-49 and
 * encrypted to Passerelle, written under {@code .{messageId}.pgp.part} and renamed when complete (§3.2).
 */
public final class SftpReplyChannel implements ReplyChannel {

    /** A repeated copy waits this long for Passerelle to take the first one, so that both are seen. */
    static final Duration WAIT_FOR_PICKUP = Duration.ofSeconds(30);

    private final Path outgoing;
    private final OpenPgpKey cpamKey;
    private final PasserelleKeys passerelleKeys;

    public SftpReplyChannel(Path outgoing, OpenPgpKey cpamKey, PasserelleKeys passerelleKeys) {
        this.outgoing = outgoing;
        this.cpamKey = cpamKey;
        this.passerelleKeys = passerelleKeys;
    }

    @Override
    public Delivery deliver(StatusDocument status) throws Exception {
        byte[] message = OpenPgpMessages.signAndEncrypt(status.bytes(), cpamKey, passerelleKeys.openPgp());
        Path target = outgoing.resolve(status.messageId() + ".pgp");
        Instant deadline = Instant.now().plus(WAIT_FOR_PICKUP);
        while (Files.exists(target) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Path temporary = outgoing.resolve("." + status.messageId() + ".pgp.part");
        Files.write(temporary, message);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Delivery("written", false);
    }
}
