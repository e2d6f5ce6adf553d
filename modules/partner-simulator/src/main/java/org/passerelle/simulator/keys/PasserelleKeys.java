package org.passerelle.simulator.keys;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;
import org.passerelle.simulator.openpgp.SignatureCheck;

/**
 * Passerelle's public keys, read from {@code GET /api/v1/exchange/keys} when first needed and cached.
 * Passerelle may start after the simulator or rotate its keys, so a failed check fetches them again,
 * at most once per {@link #REFETCH_INTERVAL}.
 */
public final class PasserelleKeys {

    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(2);

    private final URI keysUrl;
    private final HttpClient http;
    private Published published;
    private Instant lastAttempt = Instant.EPOCH;

    private record Published(OpenPgpCertificate openPgp, PublicKey ssh) {}

    public PasserelleKeys(URI passerelleUrl, HttpClient http) {
        this.keysUrl = URI.create(passerelleUrl + "/api/v1/exchange/keys");
        this.http = http;
    }

    /** @throws PasserelleUnavailableException when Passerelle cannot be reached yet */
    public synchronized OpenPgpCertificate openPgp() {
        return current().openPgp;
    }

    /**
     * Checks a signature against Passerelle's key, fetching the key again once if the check fails.
     *
     * @throws PasserelleUnavailableException when the key cannot be fetched at all
     */
    public SignatureCheck verify(Function<OpenPgpCertificate, SignatureCheck> check) {
        SignatureCheck result = check.apply(openPgp());
        if ((result == SignatureCheck.UNKNOWN_SIGNER || result == SignatureCheck.INVALID) && refetch()) {
            result = check.apply(openPgp());
        }
        return result;
    }

    /** Whether {@code offered} is Passerelle's SSH client key; fetches the keys again once on a mismatch. */
    public boolean isSshKey(PublicKey offered) {
        try {
            if (KeyUtils.compareKeys(sshKey(), offered)) {
                return true;
            }
            return refetch() && KeyUtils.compareKeys(sshKey(), offered);
        } catch (PasserelleUnavailableException e) {
            return false;
        }
    }

    private synchronized PublicKey sshKey() {
        return current().ssh;
    }

    private synchronized Published current() {
        if (published == null) {
            if (Duration.between(lastAttempt, Instant.now()).compareTo(REFETCH_INTERVAL) < 0) {
                throw new PasserelleUnavailableException("Passerelle's keys were unavailable moments ago", null);
            }
            published = fetch();
        }
        return published;
    }

    /** True when the keys were fetched again (not too soon after the last time). */
    private synchronized boolean refetch() {
        if (Duration.between(lastAttempt, Instant.now()).compareTo(REFETCH_INTERVAL) < 0) {
            return false;
        }
        try {
            published = fetch();
            return true;
        } catch (PasserelleUnavailableException e) {
            return false;
        }
    }

    private Published fetch() {
        lastAttempt = Instant.now();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(keysUrl)
                            .timeout(Duration.ofSeconds(5))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                EventLog.event("passerelle keys unavailable status=" + response.statusCode());
                throw new PasserelleUnavailableException("status " + response.statusCode(), null);
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            OpenPgpCertificate openPgp =
                    OpenPgpCertificate.read(body.path("openpgp").asText());
            PublicKey ssh = AuthorizedKeyEntry.parseAuthorizedKeyEntry(
                            body.path("ssh").asText().trim())
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            EventLog.event("passerelle keys fetched fingerprint=" + openPgp.fingerprint());
            return new Published(openPgp, ssh);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof PasserelleUnavailableException unavailable) {
                throw unavailable;
            }
            EventLog.event("passerelle keys unavailable error=" + EventLog.describe(e));
            throw new PasserelleUnavailableException("cannot fetch " + keysUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasserelleUnavailableException("interrupted", e);
        }
    }
}
