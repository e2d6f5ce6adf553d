package org.passerelle.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A signed note in the format of Go's {@code golang.org/x/mod/sumdb/note}: UTF-8 text ending in a
 * newline, a blank line, then one line per signature,
 * {@code "— <key name> <base64(4-byte key hash || signature)>"} (an em dash U+2014 and a space).
 * The signature covers the text's bytes exactly, final newline included. The key hash is the first
 * 4 bytes of SHA-256(key name || "\n" || 0x01 || Ed25519 public key), so a note signed here also
 * verifies with Go's package given {@link JournalKeys#noteVerifierKey()}.
 */
public final class SignedNote {

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int KEY_HASH_BYTES = 4;

    /** The algorithm byte of an Ed25519 key in Go's note format. */
    static final byte ED25519_ALGORITHM = 1;

    /** One signature line: who signed (name and key hash) and the signature bytes. */
    public record Signature(String keyName, byte[] keyHash, byte[] signature) {}

    private final String text;
    private final List<Signature> signatures;

    private SignedNote(String text, List<Signature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /** The note's text: every line up to the blank line, final newline included. */
    public String text() {
        return text;
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /**
     * Parses a note without checking any signature.
     *
     * @throws IllegalArgumentException if it is not a signed note: no text, no blank line before
     *                                  the signatures, a malformed signature line, or no signature
     */
    public static SignedNote parse(String note) {
        if (!note.endsWith("\n")) {
            throw new IllegalArgumentException("a signed note ends with a newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("a signed note has a blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        List<Signature> signatures = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            signatures.add(signatureLine(line));
        }
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("a signed note has at least one signature");
        }
        return new SignedNote(text, signatures);
    }

    /** Signs {@code text} (which must end with a newline and hold no blank line) with the journal key. */
    static String sign(String text, JournalKeys keys) {
        if (!text.endsWith("\n") || text.contains("\n\n") || text.startsWith("\n")) {
            throw new IllegalArgumentException("note text must be non-empty lines, each ending with a newline");
        }
        byte[] signature = keys.sign(text.getBytes(StandardCharsets.UTF_8));
        return text + "\n" + signatureLine(JournalKeys.NOTE_KEY_NAME, keys.noteKeyHash(), signature);
    }

    /** {@code "— <name> <base64(key hash || signature)>\n"}. */
    static String signatureLine(String keyName, byte[] keyHash, byte[] signature) {
        byte[] tagged = Arrays.copyOf(keyHash, KEY_HASH_BYTES + signature.length);
        System.arraycopy(signature, 0, tagged, KEY_HASH_BYTES, signature.length);
        return SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(tagged) + "\n";
    }

    /** Go's key hash: the first 4 bytes of SHA-256(name || "\n" || 0x01 || Ed25519 public key). */
    static byte[] keyHash(String keyName, byte[] publicKey) {
        byte[] hash =
                Sha256.of((keyName + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {ED25519_ALGORITHM}, publicKey);
        return Arrays.copyOf(hash, KEY_HASH_BYTES);
    }

    /**
     * True if one of the signatures is by this journal key (same name and key hash) and verifies;
     * signatures by other keys are ignored, as Go's package does with unknown keys.
     */
    public boolean isSignedBy(JournalKeys keys) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        byte[] keyHash = keys.noteKeyHash();
        for (Signature signature : signatures) {
            if (signature.keyName().equals(JournalKeys.NOTE_KEY_NAME)
                    && Arrays.equals(signature.keyHash(), keyHash)
                    && keys.verify(message, signature.signature())) {
                return true;
            }
        }
        return false;
    }

    private static Signature signatureLine(String line) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new IllegalArgumentException("a signature line starts with an em dash and a space");
        }
        String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].contains("+")) {
            throw new IllegalArgumentException("a signature line is '\u2014 <name> <base64>'");
        }
        byte[] tagged;
        try {
            tagged = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signature is base64");
        }
        if (tagged.length <= KEY_HASH_BYTES) {
            throw new IllegalArgumentException("a signature holds a key hash and signature bytes");
        }
        return new Signature(
                parts[0],
                Arrays.copyOf(tagged, KEY_HASH_BYTES),
                Arrays.copyOfRange(tagged, KEY_HASH_BYTES, tagged.length));
    }
}
