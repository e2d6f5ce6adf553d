package org.passerelle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.passerelle.testing.ApiException;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.Ports;

/**
 * The demo's partners work in their own systems, played by the partner simulator
 * (docs/partner-exchange.md): their public keys registered by the administrator, and one convention
 * each pointed at its channel. {@code ./passerelle run} calls it at every start (the simulator keeps
 * its keys); an agent may still use the inbox. The simulator's ports follow the API's (same offset).
 *
 * <p>Usage: {@code java -cp passerelle-demo.jar org.passerelle.demo.DemoPartners [--api=...] [--keycloak=...] [--realm=...]};
 * one line per partner on standard output. Exit status: 0 all wired, 1 a call failed, 2 a bad argument.
 */
public final class DemoPartners {

    static final String ADMIN = "admin.passerelle";

    /** One partner system and the convention that goes through it. */
    record Route(String partner, String cadre, String purpose, String channel, String endpoint) {}

    private DemoPartners() {}

    /** The routes of the demo, on the simulator of the stack whose ports are {@code ports}. */
    static List<Route> routes(Ports ports) {
        return List.of(
                new Route(
                        "caf-49",
                        "SOCIAL_ACTION",
                        "acces-aux-droits",
                        "HTTPS",
                        "https://localhost:" + ports.simulatorHttps() + "/caf/orientations"),
                new Route(
                        "cpam-49",
                        "SOCIAL_ACTION",
                        "acces-aux-droits",
                        "SFTP",
                        "sftp://127.0.0.1:" + ports.simulatorSftp()),
                new Route("dept-49", "RSA", "insertion-rsa", "AMQP", "amqp://127.0.0.1:" + ports.simulatorAmqp()));
    }

    public static void main(String[] args) {
        DemoData.Options options;
        try {
            options = DemoData.Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo partners: " + e.getMessage());
            System.exit(2);
            return;
        }
        Ports ports = Ports.of(options.api());
        try (PasserelleClient client = new PasserelleClient(options.api(), options.keycloak(), options.realm());
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build()) {
            for (Route route : routes(ports)) {
                JsonNode keys = simulatorKeys(http, ports, route.partner());
                boolean wired = client.connectPartner(
                        ADMIN,
                        route.partner(),
                        keys,
                        route.cadre(),
                        route.purpose(),
                        route.channel(),
                        route.endpoint());
                System.out.println(route.partner() + " " + route.cadre() + " " + route.purpose() + ": "
                        + (wired ? "over " + route.channel() : "no active convention, left on the inbox"));
            }
        } catch (ApiException | IOException e) {
            System.err.println("demo partners: " + e.getMessage());
            System.exit(1);
        }
    }

    private static JsonNode simulatorKeys(HttpClient http, Ports ports, String partner) throws IOException {
        URI uri = ports.simulatorUrl().resolve("/keys/" + partner);
        try {
            HttpResponse<String> keys = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (keys.statusCode() != 200) {
                throw new IOException("the simulator's keys of " + partner + ": " + keys.statusCode());
            }
            return new ObjectMapper().readTree(keys.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
