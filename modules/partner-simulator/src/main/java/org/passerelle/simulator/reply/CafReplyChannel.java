package org.passerelle.simulator.reply;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.passerelle.simulator.document.StatusDocument;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.Signatures;

/** caf-49's statuses: {@code POST /api/v1/partner-updates}, signed, with a bearer token (§3.1). */
public final class CafReplyChannel implements ReplyChannel {

    private final URI updatesUrl;
    private final OpenPgpKey cafKey;
    private final KeycloakTokens tokens;
    private final HttpClient http;

    public CafReplyChannel(URI passerelleUrl, OpenPgpKey cafKey, KeycloakTokens tokens, HttpClient http) {
        this.updatesUrl = URI.create(passerelleUrl + "/api/v1/partner-updates");
        this.cafKey = cafKey;
        this.tokens = tokens;
        this.http = http;
    }

    @Override
    public Delivery deliver(StatusDocument status) throws Exception {
        byte[] body = status.bytes();
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(updatesUrl)
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tokens.token())
                        .header(
                                "Passerelle-Signature",
                                Base64.getEncoder().encodeToString(Signatures.signDetached(body, cafKey)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        int code = response.statusCode();
        if (code == 401) {
            tokens.forget();
        }
        return new Delivery(code, code == 401 || code == 408 || code == 429 || code >= 500);
    }
}
