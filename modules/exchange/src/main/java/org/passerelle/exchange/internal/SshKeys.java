package org.passerelle.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** The SSH client key's encodings: PKCS#8 PEM for the SFTP client, the OpenSSH public line for partners. */
public final class SshKeys {

    private SshKeys() {}

    public static byte[] pkcs8Pem(PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return ("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] pemBody(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    /** {@code ecdsa-sha2-nistp256 AAAA… comment}, as an authorized_keys line. */
    public static String openSshLine(ECPublicKey key, String comment) {
        return "ecdsa-sha2-nistp256 " + Base64.getEncoder().encodeToString(publicBlob(key)) + " " + comment;
    }

    /**
     * The key pair in OpenSSH's own unencrypted format ({@code openssh-key-v1}), which the SFTP client
     * (JSch) reads for ECDSA keys without Bouncy Castle; it refuses PKCS#8.
     */
    public static byte[] openSshPrivate(ECPublicKey publicKey, ECPrivateKey privateKey, String comment) {
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        int check = new java.security.SecureRandom().nextInt();
        uint32(keys, check);
        uint32(keys, check);
        string(keys, "ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII));
        string(keys, "nistp256".getBytes(StandardCharsets.US_ASCII));
        string(keys, point(publicKey));
        string(keys, privateKey.getS().toByteArray());
        string(keys, comment.getBytes(StandardCharsets.US_ASCII));
        for (int pad = 1; keys.size() % 8 != 0; pad++) {
            keys.write(pad);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
        string(out, "none".getBytes(StandardCharsets.US_ASCII));
        string(out, "none".getBytes(StandardCharsets.US_ASCII));
        string(out, new byte[0]);
        uint32(out, 1);
        string(out, publicBlob(publicKey));
        string(out, keys.toByteArray());
        String body = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(out.toByteArray());
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] publicBlob(ECPublicKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        string(out, "ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII));
        string(out, "nistp256".getBytes(StandardCharsets.US_ASCII));
        string(out, point(key));
        return out.toByteArray();
    }

    private static byte[] point(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX(), point, 1);
        copy(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void uint32(ByteArrayOutputStream out, int n) {
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
    }

    private static void copy(BigInteger value, byte[] to, int offset) {
        byte[] bytes = value.toByteArray();
        byte[] trimmed = bytes.length > 32 ? Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length) : bytes;
        System.arraycopy(trimmed, 0, to, offset + 32 - trimmed.length, trimmed.length);
    }

    private static void string(ByteArrayOutputStream out, byte[] bytes) {
        uint32(out, bytes.length);
        out.writeBytes(bytes);
    }
}
