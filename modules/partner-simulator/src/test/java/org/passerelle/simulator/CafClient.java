package org.passerelle.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.Signatures;

/** Posts to caf-49 as Passerelle does: TLS pinned to the published certificate, signed body, idempotency key. */
final class CafClient {

    private final SimulatorFixture fixture;
    private final SSLContext pinnedTls;

    CafClient(SimulatorFixture fixture) throws Exception {
        this.fixture = fixture;
        this.pinnedTls =
                trusting(fixture.getJson("/keys/caf-49").path("tlsCertificate").asText());
    }

    HttpResponse<String> postSigned(ObjectNode document) throws Exception {
        return post(document, Signatures.signDetached(Documents.bytes(document), fixture.passerelle.openPgpKey));
    }

    HttpResponse<String> post(ObjectNode document, byte[] signature) throws Exception {
        return send(request(Documents.bytes(document), signature).build());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        // a fresh client each time: after "down" a pooled connection would be stale
        try (HttpClient client = HttpClient.newBuilder()
                .sslContext(pinnedTls)
                .version(HttpClient.Version.HTTP_1_1)
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    HttpRequest.Builder request(byte[] body, byte[] signature) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("https://localhost:" + fixture.httpsPort + "/caf/orientations"))
                .header("Content-Type", "application/json")
                .header(
                        "Idempotency-Key",
                        Json.MAPPER.readTree(body).path("messageId").asText())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Passerelle-Signature", Base64.getEncoder().encodeToString(signature));
        }
        return request;
    }

    /** Trusts exactly the published certificate, as Passerelle pins it; the host name is still checked. */
    private static SSLContext trusting(String pem) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(
                "caf-49",
                CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }
}
