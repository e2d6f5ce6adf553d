package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The tests' HTTP client: plain java.net.http against the running servers, JSON with Jackson. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static URI api(String path) {
        return Stack.API.resolve("/api/v1" + path);
    }

    static HttpResponse<String> get(URI uri, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request);
    }

    static HttpResponse<String> postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> postJson(URI uri, String bearerToken, Object body) {
        try {
            return send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + bearerToken)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any method, with an optional JSON body (a String is sent as is) and extra headers (name, value...). */
    static HttpResponse<String> send(String method, URI uri, String bearerToken, Object body, String... headers) {
        try {
            String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json))
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (bearerToken != null) {
                request.header("Authorization", "Bearer " + bearerToken);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem of Passerelle's shape with the given status, and returns it. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("urn:problem-type:passerelle:");
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    /** Sends a request built by the caller (a streamed body, say), with the usual timeout. */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
