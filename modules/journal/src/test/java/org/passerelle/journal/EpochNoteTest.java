package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EpochNoteTest {

    private final JournalKeys keys = JournalKeys.generate();

    @Test
    void anEpochNoteRoundTrips() throws Exception {
        byte[] hash = Sha256.of("position 60".getBytes(StandardCharsets.UTF_8));

        Epoch signed = EpochNote.sign(keys, 61, hash, Instant.parse("2026-11-23T03:00:00.123456789Z"));
        Epoch read = EpochNote.read(signed.note(), keys);

        assertThat(signed.note())
                .startsWith("passerelle-journal-epoch/v1\n61\n"
                        + Base64.getEncoder().encodeToString(hash)
                        + "\n2026-11-23T03:00:00.123456Z\n\n\u2014 passerelle-journal ");
        assertThat(signed.note().lines()).hasSize(6);
        assertThat(read).isEqualTo(signed);
        assertThat(read.startPosition()).isEqualTo(61);
        assertThat(read.previousHash()).isEqualTo(hash);
        assertThat(read.at()).isEqualTo(Instant.parse("2026-11-23T03:00:00.123456Z"));
        assertThat(read.keyId()).isEqualTo(keys.keyId());
    }

    @Test
    void aFlippedBitInTheTextOrTheSignatureFails() {
        String note = EpochNote.sign(keys, 1_234, new byte[32], Instant.now()).note();
        SignedNote parsed = SignedNote.parse(note);
        byte[] text = parsed.text().getBytes(StandardCharsets.UTF_8);
        byte[] signature = parsed.signatures().getFirst().signature();

        for (int bit = 0; bit < text.length * 8; bit++) {
            byte[] flipped = text.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String mangled = new String(flipped, StandardCharsets.UTF_8)
                    + note.substring(parsed.text().length());
            assertThat(accepted(mangled)).as("text bit %d", bit).isFalse();
        }
        for (int bit = 0; bit < signature.length * 8; bit++) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String mangled = parsed.text() + "\n"
                    + SignedNote.signatureLine(JournalKeys.NOTE_KEY_NAME, keys.noteKeyHash(), flipped);
            assertThat(accepted(mangled)).as("signature bit %d", bit).isFalse();
        }
    }

    @Test
    void anotherKeysEpochIsBad() {
        String note = EpochNote.sign(JournalKeys.generate(), 61, new byte[32], Instant.now())
                .note();

        assertThatThrownBy(() -> EpochNote.read(note, keys))
                .isInstanceOfSatisfying(CheckpointNote.Rejected.class, rejected -> {
                    assertThat(rejected.reason).isEqualTo("bad-epoch");
                    assertThat(rejected.entryCount).isEqualTo(61);
                });
    }

    @Test
    void aCheckpointIsNoEpochNorTheReverse() throws Exception {
        String checkpoint =
                CheckpointNote.sign(keys, 61, new byte[32], Instant.now()).note();
        String epoch = EpochNote.sign(keys, 61, new byte[32], Instant.now()).note();

        assertThat(SignedNote.parse(checkpoint).isSignedBy(keys)).isTrue();
        assertThatThrownBy(() -> EpochNote.read(checkpoint, keys)).isInstanceOf(CheckpointNote.Rejected.class);
        assertThatThrownBy(() -> CheckpointNote.read(epoch, keys))
                .isInstanceOfSatisfying(
                        CheckpointNote.Rejected.class,
                        rejected -> assertThat(rejected.reason).isEqualTo("unreadable-checkpoint"));
    }

    @Test
    void anEpochStartsAtPositionTwoOrLater() {
        assertThatThrownBy(() -> EpochNote.sign(keys, 1, new byte[32], Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        String atOne = SignedNote.sign(CheckpointNote.text(EpochNote.ORIGIN, 1, new byte[32], Instant.EPOCH), keys);
        assertThat(accepted(atOne)).isFalse();
    }

    private boolean accepted(String note) {
        try {
            EpochNote.read(note, keys);
            return true;
        } catch (CheckpointNote.Rejected e) {
            return false;
        }
    }
}
