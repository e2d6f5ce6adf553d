package org.passerelle.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.amqp.AMQPComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.passerelle.crypto.openpgp.OpenPgp;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;
import org.passerelle.exchange.internal.DeliveryFailures;
import org.passerelle.exchange.internal.GivenMessageIdPolicy;
import org.passerelle.exchange.internal.InboundRoutes;
import org.passerelle.exchange.internal.PinnedTls;

/**
 * Passerelle's end of the partner channels (docs/partner-exchange.md §3) on one Camel context:
 * {@link #deliver} sends one document and says what became of it; {@link #watch} listens to a
 * partner's SFTP outgoing folder or AMQP reply queue. Thread-safe. Nothing it logs or throws
 * holds a document's content.
 */
public final class PartnerExchange implements AutoCloseable {

    static final String SIGNATURE_HEADER = "Passerelle-Signature";
    static final String ORIENTATIONS_QUEUE = "passerelle.orientations";
    static final String REPLIES_QUEUE = "passerelle.replies";

    private final ExchangeIdentity identity;
    private final InboundListener listener;
    private final ExchangeSettings settings;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final Path work;
    /** Per partner and key material: the registry bean names of its pinned TLS, host key file and AMQP component. */
    private final Map<String, String> prepared = new ConcurrentHashMap<>();

    private final Map<String, OpenPgpPublicKey> partnerKeys = new ConcurrentHashMap<>();

    private PartnerExchange(ExchangeIdentity identity, InboundListener listener, ExchangeSettings settings) {
        this.identity = identity;
        this.listener = listener;
        this.settings = settings;
        try {
            this.work = Files.createTempDirectory("passerelle-exchange");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.camel = new DefaultCamelContext();
        camel.getRegistry().bind("passerelle-ssh-key", identity.sshPrivateKeyPem());
        camel.start();
        this.producer = camel.createProducerTemplate();
    }

    public static PartnerExchange start(
            ExchangeIdentity identity, InboundListener listener, ExchangeSettings settings) {
        return new PartnerExchange(identity, listener, settings);
    }

    /** Delivers one document (JSON bytes) under its message id; never throws for a transport failure. */
    public DeliveryResult deliver(PartnerEndpoint to, UUID messageId, byte[] document) {
        try {
            return switch (to.channel()) {
                case HTTPS -> https(to, messageId, document);
                case SFTP -> sftp(to, messageId, document);
                case AMQP -> amqp(to, messageId, document);
            };
        } catch (GeneralSecurityException | OpenPgpException | IllegalStateException e) {
            return new DeliveryResult.Refused("partner-key-unusable");
        }
    }

    private DeliveryResult https(PartnerEndpoint to, UUID messageId, byte[] document) throws GeneralSecurityException {
        if (to.tlsCertificatePem() == null) {
            return new DeliveryResult.Refused("no-tls-certificate");
        }
        String ssl = bean(to, "tls", () -> PinnedTls.trusting(to.tlsCertificatePem()));
        String signature = Base64.getEncoder().encodeToString(OpenPgp.detachedSignature(document, identity.openPgp()));
        String uri = to.endpoint() + (to.endpoint().getQuery() == null ? "?" : "&")
                + "httpMethod=POST&throwExceptionOnFailure=false&sslContextParameters=#" + ssl
                + "&connectTimeout=" + settings.connectTimeout().toMillis()
                + "&responseTimeout=" + settings.readTimeout().toMillis()
                + "&soTimeout=" + settings.readTimeout().toMillis();
        try {
            Exchange answer = producer.request(uri, exchange -> {
                exchange.getIn().setBody(document);
                exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
                exchange.getIn().setHeader("Idempotency-Key", messageId.toString());
                exchange.getIn().setHeader(SIGNATURE_HEADER, signature);
            });
            if (answer.getException() != null) {
                return DeliveryFailures.https(answer.getException());
            }
            int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
            if (status >= 200 && status < 300) {
                return new DeliveryResult.Delivered();
            }
            String code = "http-" + status;
            return status == 408 || status == 429 || status >= 500 || status == 0
                    ? new DeliveryResult.RetryLater(code)
                    : new DeliveryResult.Refused(code);
        } catch (CamelExecutionException e) {
            return DeliveryFailures.https(e);
        }
    }

    private DeliveryResult sftp(PartnerEndpoint to, UUID messageId, byte[] document) {
        if (to.sshHostKey() == null) {
            return new DeliveryResult.Refused("no-ssh-host-key");
        }
        byte[] sealed = OpenPgp.signThenEncrypt(document, partnerKey(to), identity.openPgp());
        try {
            producer.sendBodyAndHeader(
                    sftpUri(to, "incoming", false) + "&tempPrefix=." + "&fileExist=Override",
                    sealed,
                    Exchange.FILE_NAME,
                    messageId + ".pgp");
            return new DeliveryResult.Delivered();
        } catch (CamelExecutionException e) {
            return DeliveryFailures.sftp(e);
        }
    }

    private DeliveryResult amqp(PartnerEndpoint to, UUID messageId, byte[] document) {
        byte[] sealed = OpenPgp.signThenEncrypt(document, partnerKey(to), identity.openPgp());
        String uri = amqpComponent(to) + ":queue:" + ORIENTATIONS_QUEUE + "?deliveryPersistent=true&requestTimeout="
                + settings.readTimeout().toMillis();
        try {
            // contract §3.3: the AMQP message-id is the messageId (the application property stays for readers of 1.0)
            GivenMessageIdPolicy.sendWith(messageId.toString(), () -> {
                producer.sendBodyAndHeader(uri, sealed, "messageId", messageId.toString());
                return null;
            });
            return new DeliveryResult.Delivered();
        } catch (CamelExecutionException e) {
            return DeliveryFailures.amqp(e);
        }
    }

    /** The partner's key, parsed once per key rather than once per message. */
    private OpenPgpPublicKey partnerKey(PartnerEndpoint to) {
        return partnerKeys.computeIfAbsent(to.openPgpPublicKey(), OpenPgpPublicKey::fromArmored);
    }

    /** Listens to what this partner sends back over SFTP or AMQP (HTTPS comes in through the REST API). */
    public synchronized void watch(PartnerEndpoint partner) {
        String from = switch (partner.channel()) {
            case HTTPS -> null;
            case SFTP ->
                partner.sshHostKey() == null
                        ? null
                        : sftpUri(partner, "outgoing", false)
                                + "&delete=true&antInclude=*.pgp&sortBy=file:modified;file:name&delay="
                                + settings.pollInterval().toMillis()
                                + "&readLock=none&streamDownload=false";
            case AMQP -> amqpComponent(partner) + ":queue:" + REPLIES_QUEUE + "?transacted=true&concurrentConsumers=1";
        };
        InboundRoutes.replace(camel, partner, from, listener, identity, this::setAside);
    }

    public synchronized void unwatch(String partnerCode) {
        InboundRoutes.remove(camel, partnerCode);
    }

    /** Moves a refused file to the partner's {@code outgoing/rejected/} (SFTP) before the consumer deletes it. */
    private void setAside(PartnerEndpoint partner, String fileName, byte[] content) {
        if (partner.channel() == ChannelKind.SFTP) {
            // the partner may not have made rejected/ yet: this is the one folder we create
            producer.sendBodyAndHeader(
                    sftpUri(partner, "outgoing/rejected", true) + "&tempPrefix=.",
                    content,
                    Exchange.FILE_NAME,
                    fileName);
        }
    }

    /** Checks a partner's detached signature (base64 of the binary OpenPGP signature) over a body posted to us. */
    public static boolean verifySignature(PartnerEndpoint partner, byte[] body, String base64Signature) {
        try {
            return OpenPgp.verifyDetached(
                    body,
                    Base64.getDecoder().decode(base64Signature.strip()),
                    OpenPgpPublicKey.fromArmored(partner.openPgpPublicKey()));
        } catch (IllegalArgumentException | OpenPgpException e) {
            return false;
        }
    }

    /** The fingerprint of an armored OpenPGP public key fit for the exchange (signing and encryption), or empty. */
    public static Optional<String> fingerprintOf(String armoredPublicKey) {
        try {
            return Optional.of(OpenPgpPublicKey.fromArmored(armoredPublicKey).fingerprint());
        } catch (OpenPgpException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sftpUri(PartnerEndpoint to, String folder, boolean createFolder) {
        URI endpoint = to.endpoint();
        String knownHosts = bean(to, "known-hosts", () -> knownHostsFile(to));
        return "sftp://" + endpoint.getHost() + ":" + (endpoint.getPort() > 0 ? endpoint.getPort() : 22) + "/" + folder
                + "?username=" + sftpUser(endpoint) + "&privateKey=#passerelle-ssh-key"
                + "&knownHostsFile=" + knownHosts + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false"
                + "&autoCreate=" + createFolder + "&maximumReconnectAttempts=0&disconnect=true&connectTimeout="
                + settings.connectTimeout().toMillis()
                + "&timeout=" + settings.readTimeout().toMillis() + "&serverAliveInterval=0"
                + "&jschLoggingLevel=OFF&runLoggingLevel=OFF";
    }

    /** The user named in the convention's {@code sftp://user@host:port} (contract §3.2), else the configured one. */
    private String sftpUser(URI endpoint) {
        String user = endpoint.getUserInfo();
        return user == null || user.isBlank() || user.contains(":") ? settings.sftpUser() : user;
    }

    /** A known_hosts file holding only the partner's registered host key, for the SFTP client's strict check. */
    private String knownHostsFile(PartnerEndpoint to) throws IOException {
        URI endpoint = to.endpoint();
        String host = endpoint.getPort() > 0 && endpoint.getPort() != 22
                ? "[" + endpoint.getHost() + "]:" + endpoint.getPort()
                : endpoint.getHost();
        String[] parts = to.sshHostKey().strip().split("\\s+");
        Path file = work.resolve(to.partnerCode() + "-" + digest(to) + ".known_hosts");
        Files.writeString(file, host + " " + parts[0] + " " + parts[1] + "\n", StandardCharsets.US_ASCII);
        return file.toString();
    }

    private String amqpComponent(PartnerEndpoint to) {
        return bean(to, "amqp", () -> {
            String name = "amqp-" + to.partnerCode() + "-" + digest(to);
            JmsConnectionFactory factory =
                    new JmsConnectionFactory(to.endpoint().toString()
                            + "?amqp.idleTimeout=" + settings.readTimeout().toMillis()
                            + "&jms.connectTimeout=" + settings.connectTimeout().toMillis()
                            // without these a broker that stops answering holds a send (or the session
                            // it opens) for ever: Qpid JMS waits without limit by default
                            + "&jms.sendTimeout=" + settings.readTimeout().toMillis()
                            + "&jms.requestTimeout=" + settings.readTimeout().toMillis());
            factory.setMessageIDPolicy(new GivenMessageIdPolicy());
            AMQPComponent component = new AMQPComponent(factory);
            camel.addComponent(name, component);
            return name;
        });
    }

    private interface Maker {
        Object make() throws GeneralSecurityException, IOException;
    }

    /**
     * The bean (or component) made once per partner and key material: a changed key or endpoint
     * makes new ones, so a revised convention takes effect at the next delivery.
     */
    private String bean(PartnerEndpoint to, String kind, Maker maker) {
        String key = kind + ":" + to.partnerCode() + ":" + digest(to);
        return prepared.computeIfAbsent(key, k -> {
            try {
                Object made = maker.make();
                if (made instanceof String name) {
                    return name;
                }
                String name = kind + "-" + to.partnerCode() + "-" + digest(to);
                camel.getRegistry().bind(name, made);
                return name;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The partner's registered key material is unusable", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String digest(PartnerEndpoint to) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((to.endpoint() + "|" + to.openPgpPublicKey() + "|" + to.tlsCertificatePem() + "|"
                                    + to.sshHostKey())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            camel.close();
        } catch (Exception e) {
            throw new IllegalStateException("The partner channels did not stop cleanly", e);
        }
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            // a temporary folder of public material: nothing to protect if it stays
        }
    }
}
