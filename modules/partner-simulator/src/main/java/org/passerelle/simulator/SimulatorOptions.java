package org.passerelle.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line, {@code --name=value} each with a default (README.md lists them). */
public record SimulatorOptions(
        Path data,
        int httpPort,
        int httpsPort,
        int sftpPort,
        int amqpPort,
        URI passerelleUrl,
        URI keycloakUrl,
        String realm,
        Path clientSecretFile) {

    private static final Set<String> NAMES = Set.of(
            "data",
            "http-port",
            "https-port",
            "sftp-port",
            "amqp-port",
            "passerelle-url",
            "keycloak-url",
            "realm",
            "client-secret-file");

    public static SimulatorOptions defaults() {
        return parse(new String[0]);
    }

    public static SimulatorOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            String name = arg.substring(2, equals);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + NAMES);
            }
            given.put(name, arg.substring(equals + 1));
        }
        return new SimulatorOptions(
                Path.of(given.getOrDefault("data", ".run/simulator")).toAbsolutePath(),
                port(given.getOrDefault("http-port", "8280")),
                port(given.getOrDefault("https-port", "8243")),
                port(given.getOrDefault("sftp-port", "2222")),
                port(given.getOrDefault("amqp-port", "5682")),
                base(given.getOrDefault("passerelle-url", "http://localhost:8080")),
                base(given.getOrDefault("keycloak-url", "http://localhost:8180")),
                given.getOrDefault("realm", "passerelle"),
                Path.of(given.getOrDefault("client-secret-file", ".run/partner-secrets/caf-49-system"))
                        .toAbsolutePath());
    }

    /**
     * The CAF system's client secret, read from its file (never a command-line value, which any
     * user of the machine could read in {@code ps}).
     */
    public String clientSecret() {
        try {
            return Files.readString(clientSecretFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the client secret file " + clientSecretFile, e);
        }
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + value);
        }
        return port;
    }

    /** Without a trailing slash, so that paths can be appended. */
    private static URI base(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return URI.create(trimmed);
    }
}
