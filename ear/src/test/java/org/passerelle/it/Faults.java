package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Predicate;

/** What the fault tests share: secrets of their own, and waiting on a server's answers. */
final class Faults {

    private Faults() {}

    /** A base64 256-bit master key, as {@code PASSERELLE_KEYS_MASTER_KEY} takes it. */
    static String masterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String password() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** GETs {@code uri} until the answer satisfies {@code until}, for at most {@code within}; returns it. */
    static HttpResponse<String> awaitAnswer(
            URI uri, String token, Predicate<HttpResponse<String>> until, Duration within) {
        return await("an awaited answer from " + uri)
                .atMost(within)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answer(uri, token), answer -> answer.filter(until).isPresent())
                .orElseThrow();
    }

    /** The server's answer, or none while it is not listening. */
    private static Optional<HttpResponse<String>> answer(URI uri, String token) {
        try {
            return Optional.of(Http.get(uri, token));
        } catch (IllegalStateException notListening) {
            return Optional.empty();
        }
    }

    /** Asserts a 503 problem, whether or not it says when to retry (a wrong master key needs an operator). */
    static void assertUnavailable(HttpResponse<String> response) {
        assertThat(Http.assertProblem(response, 503).path("type").asText()).doesNotEndWith(":internal-error");
    }

    /** Asserts a 503 problem telling the client when to retry. */
    static void assertRetryLater(HttpResponse<String> response) {
        Http.assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After"))
                .as("Retry-After of %s", response.uri())
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
    }
}
