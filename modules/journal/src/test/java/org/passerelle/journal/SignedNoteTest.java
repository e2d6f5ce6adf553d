package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    // The example of Go's golang.org/x/mod/sumdb/note (note_test.go), key "PeterNeumann".
    private static final String GO_SIGNER_KEY = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_SIGNATURE_LINE =
            "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private final JournalKeys keys = JournalKeys.generate();

    @Test
    void signaturesMatchGosReferenceNoteByteForByte() {
        byte[] typedSeed = Base64.getDecoder().decode(GO_SIGNER_KEY);
        JournalKeys peter = JournalKeys.fromSeed(Arrays.copyOfRange(typedSeed, 1, typedSeed.length));
        byte[] keyHash = SignedNote.keyHash("PeterNeumann", peter.publicKey());

        assertThat(HexFormat.of().formatHex(keyHash)).isEqualTo("c74f20a3");
        assertThat(Base64.getDecoder().decode(GO_VERIFIER_KEY))
                .isEqualTo(concat(new byte[] {SignedNote.ED25519_ALGORITHM}, peter.publicKey()));
        assertThat(SignedNote.signatureLine(
                        "PeterNeumann", keyHash, peter.sign(GO_TEXT.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(GO_SIGNATURE_LINE);

        SignedNote parsed = SignedNote.parse(GO_TEXT + "\n" + GO_SIGNATURE_LINE);
        assertThat(parsed.text()).isEqualTo(GO_TEXT);
        assertThat(parsed.signatures())
                .singleElement()
                .satisfies(signature -> assertThat(signature.keyName()).isEqualTo("PeterNeumann"));
    }

    @Test
    void aCheckpointNoteRoundTrips() throws Exception {
        byte[] hash = Sha256.of("head".getBytes(StandardCharsets.UTF_8));
        Instant at = Instant.parse("2025-03-01T08:00:00.123456789Z");

        Checkpoint signed = CheckpointNote.sign(keys, 1234, hash, at);
        Checkpoint read = CheckpointNote.read(signed.note(), keys);

        assertThat(signed.note())
                .startsWith(
                        "passerelle-journal/v1\n1234\n" + Base64.getEncoder().encodeToString(hash)
                                + "\n2025-03-01T08:00:00.123456Z\n\n\u2014 passerelle-journal ");
        assertThat(signed.note().lines()).hasSize(6);
        assertThat(read.entryCount()).isEqualTo(1234);
        assertThat(read.headHash()).isEqualTo(hash);
        assertThat(read.at()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));
        assertThat(read.keyId()).isEqualTo(keys.keyId());
        assertThat(SignedNote.parse(signed.note()).isSignedBy(keys)).isTrue();
    }

    @Test
    void aFlippedBitInTheTextOrTheSignatureFails() {
        String note = CheckpointNote.sign(keys, 7, new byte[32], Instant.now()).note();
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
    void anotherKeysSignatureIsNotOurs() {
        String note = CheckpointNote.sign(JournalKeys.generate(), 7, new byte[32], Instant.now())
                .note();

        assertThat(SignedNote.parse(note).isSignedBy(keys)).isFalse();
        assertThatThrownBy(() -> CheckpointNote.read(note, keys))
                .isInstanceOfSatisfying(CheckpointNote.Rejected.class, rejected -> {
                    assertThat(rejected.reason).isEqualTo("bad-checkpoint-signature");
                    assertThat(rejected.entryCount).isEqualTo(7);
                });
    }

    @Test
    void malformedNotesAreRejected() {
        String note = CheckpointNote.sign(keys, 7, new byte[32], Instant.now()).note();

        for (String mangled : new String[] {
            note.substring(0, note.length() - 1), // no final newline
            note.replace("\n\n", "\n"), // no blank line
            note.replace("\u2014 ", "- "), // not an em dash
            note.substring(0, note.indexOf("\n\n") + 2) // no signature
        }) {
            assertThatThrownBy(() -> SignedNote.parse(mangled))
                    .as(mangled)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        String twoLines = note.replace("passerelle-journal/v1\n7\n", "passerelle-journal/v1\n");
        assertThatThrownBy(() -> CheckpointNote.read(twoLines, keys))
                .isInstanceOfSatisfying(
                        CheckpointNote.Rejected.class,
                        rejected -> assertThat(rejected.reason).isEqualTo("unreadable-checkpoint"));
    }

    @Test
    void theVerifierKeyIsInGosTextForm() {
        String key = keys.noteVerifierKey();

        assertThat(key).startsWith("passerelle-journal+" + HexFormat.of().formatHex(keys.noteKeyHash()) + "+");
        assertThat(Base64.getDecoder().decode(key.split("\\+", 3)[2]))
                .isEqualTo(concat(new byte[] {1}, keys.publicKey()));
    }

    private boolean accepted(String note) {
        try {
            CheckpointNote.read(note, keys);
            return true;
        } catch (CheckpointNote.Rejected e) {
            return false;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
