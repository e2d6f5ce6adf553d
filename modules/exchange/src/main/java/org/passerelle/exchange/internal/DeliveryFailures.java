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

    /** SFTP codes ({@link InboundRoutes#sftpFailure}) that retrying cannot cure. */
    private static final Set<String> SFTP_REFUSALS = Set.of("host-key-mismatch", "sftp-auth-failed");

    private DeliveryFailures() {
    }

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

    public static DeliveryResult sftp(String code) {
        return SFTP_REFUSALS.contains(code) ? new Refused(code) : new RetryLater(code);
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
        if (has(failure, UnknownHostException.class) || has(failure, ConnectException.class)
                || has(failure, NoRouteToHostException.class) || has(failure, SocketTimeoutException.class)) {
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
