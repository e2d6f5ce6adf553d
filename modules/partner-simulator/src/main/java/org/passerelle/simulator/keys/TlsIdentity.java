package org.passerelle.simulator.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The CAF endpoint's self-signed TLS certificate (CN=localhost, SAN localhost and 127.0.0.1, EC P-256)
 * in a PKCS12 file. Passerelle pins it, so no CA is involved.
 */
public final class TlsIdentity {

    // a local demo file, protected by the folder it lives in; PKCS12 wants some password
    private static final char[] STORE_PASSWORD = "partner-simulator".toCharArray();
    private static final String ALIAS = "tls";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private TlsIdentity(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    public static TlsIdentity loadOrCreate(Path pkcs12) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(pkcs12)) {
                try (InputStream in = Files.newInputStream(pkcs12)) {
                    store.load(in, STORE_PASSWORD);
                }
                return new TlsIdentity((PrivateKey) store.getKey(ALIAS, STORE_PASSWORD), (X509Certificate)
                        store.getCertificate(ALIAS));
            }
            TlsIdentity created = create();
            store.load(null, null);
            store.setKeyEntry(
                    ALIAS, created.privateKey, STORE_PASSWORD, new java.security.cert.Certificate[] {created.certificate
                    });
            try (OutputStream out = KeyFiles.createPrivate(pkcs12)) {
                store.store(out, STORE_PASSWORD);
            }
            return created;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot load or create the TLS identity " + pkcs12, e);
        }
    }

    private static TlsIdentity create() throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(5 * 365))),
                name,
                pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(
                    GeneralName.iPAddress,
                    new DEROctetString(InetAddress.getByName("127.0.0.1").getAddress()))
        }));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        return new TlsIdentity(pair.getPrivate(), certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the certificate", e);
        }
        return pem.toString();
    }

    public SSLContext sslContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, privateKey, STORE_PASSWORD, new java.security.cert.Certificate[] {certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS context", e);
        }
    }
}
