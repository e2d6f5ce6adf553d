package org.passerelle.exchange.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.passerelle.exchange.DeliveryResult;
import org.passerelle.exchange.DeliveryResult.Refused;
import org.passerelle.exchange.DeliveryResult.RetryLater;

/**
 * Turns a transport failure into a result with a short code. What may pass (network, timeouts) is
 * retried; what needs someone to change a key or a setting (a certificate or host key that is not
 * the registered one, a login refused) is refused, so that it reaches the dead letters at once
 * instead of after every retry.
 */
public final class DeliveryFailures {

    private static final System.Logger LOG = System.getLogger(DeliveryFailures.class.getName());

    /** SFTP codes that retrying cannot cure. */
    private static final Set<String> SFTP_REFUSALS = Set.of("host-key-mismatch", "sftp-auth-failed");

    private DeliveryFailures() {}

    public static DeliveryResult https(Throwable failure) {
        if (has(failure, PinnedCertificateTrustManager.UnpinnedCertificateException.class)) {
            return new Refused("tls-untrusted");
        }
        if (has(failure, CertificateExpiredException.class)) {
            return new Refused("tls-certificate-expired");
        }
        if (has(failure, SSLPeerUnverifiedException.class)) {
            // HttpClient's host name verifier: the pinned certificate does not name the host reached
            return new Refused("tls-hostname-mismatch");
        }
        if (has(failure, SocketTimeoutException.class)) {
            return new RetryLater("timeout");
        }
        if (has(failure, SSLException.class) && !isNetwork(failure)) {
            return new RetryLater("tls-failed");
        }
        return new RetryLater("unreachable");
    }

    public static DeliveryResult sftp(Throwable failure) {
        String code = sftpCode(failure);
        return SFTP_REFUSALS.contains(code) ? new Refused(code) : new RetryLater(code);
    }

    /** A short code for an SFTP failure, without the server's words (they may name paths). */
    private static String sftpCode(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(" <- ")
                    .append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage());
        }
        // Host, port, folder and the server's reason: configuration, never a document's content.
        LOG.log(System.Logger.Level.WARNING, "SFTP delivery failed" + chain);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String text = String.valueOf(t.getMessage()).toLowerCase();
            if (text.contains("hostkey") || text.contains("host key")) {
                return "host-key-mismatch";
            }
            if (name.contains("JSchException") && text.contains("auth")) {
                return "sftp-auth-failed";
            }
            if (text.contains("connection refused") || text.contains("timeout") || text.contains("timed out")) {
                return "unreachable";
            }
            if (name.equals("SftpException") || text.contains("permission denied")) {
                return "sftp-refused";
            }
        }
        return "sftp-failed";
    }

    public static DeliveryResult amqp(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("jakarta.jms.JMSSecurityException")) {
                return new Refused("amqp-refused");
            }
        }
        if (isNetwork(failure)) {
            return new RetryLater("unreachable");
        }
        return new RetryLater("amqp-failed");
    }

    private static boolean isNetwork(Throwable failure) {
        if (has(failure, UnknownHostException.class)
                || has(failure, ConnectException.class)
                || has(failure, NoRouteToHostException.class)
                || has(failure, SocketTimeoutException.class)) {
            return true;
        }
        // Qpid JMS and JSch report a refused or timed-out connection in their own exception types
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("connection refused") || text.contains("timed out") || text.contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
