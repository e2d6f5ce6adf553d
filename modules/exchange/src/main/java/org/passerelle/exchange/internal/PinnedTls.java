package org.passerelle.exchange.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * TLS that trusts exactly one certificate, the partner's registered one: no certificate
 * authority can vouch for another server in its place. The host name is still checked.
 */
public final class PinnedTls {

    private PinnedTls() {}

    public static SSLContextParameters trusting(String certificatePem) throws GeneralSecurityException {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
        // an exact match, not a PKIX trust anchor: an anchor would also accept certificates it signed,
        // and PKIX never checks an anchor's own validity dates
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setTrustManager(new PinnedCertificateTrustManager(certificate));
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
