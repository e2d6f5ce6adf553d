package org.passerelle.demo;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.passerelle.testing.ApiException;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.people.FictitiousPeople;

/**
 * Seeds the demo ({@code ./passerelle run} calls it once): {@value #USAGE_LINE}. The usagers of
 * {@link FictitiousPeople} are registered and followed through the REST API by the demo agents, so
 * the data is sealed exactly like real data. A rerun finds them and creates nothing.
 *
 * <p>Standard output gets one summary line of counts; errors go to standard error. Exit status: 0
 * when every usager is there, 1 when a call failed, 2 for a bad argument.
 */
public final class DemoData {

    static final String USAGE_LINE =
            "java -jar passerelle-demo.jar [--api=http://localhost:8080] [--keycloak=http://localhost:8180] [--realm=passerelle]";

    /** The options, with the defaults of {@code ./passerelle run}. */
    record Options(URI api, URI keycloak, String realm) {

        static Options parse(String... args) {
            URI api = URI.create("http://localhost:8080");
            URI keycloak = URI.create("http://localhost:8180");
            String realm = "passerelle";
            for (String arg : args) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String value = equals < 0 ? "" : arg.substring(equals + 1);
                if (value.isBlank()) {
                    throw new IllegalArgumentException("unknown or empty option " + name);
                }
                switch (name) {
                    case "--api" -> api = httpUri(name, value);
                    case "--keycloak" -> keycloak = httpUri(name, value);
                    case "--realm" -> realm = value;
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            return new Options(api, keycloak, realm);
        }

        private static URI httpUri(String name, String value) {
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be an http(s) URL");
        }
    }

    private DemoData() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo data: " + e.getMessage() + "\nusage: " + USAGE_LINE);
            System.exit(2);
            return;
        }
        try {
            System.out.println(seed(options).summary());
        } catch (ApiException e) {
            System.err.println("demo data: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Seeds with the given arguments (as {@link #main}) and returns what was done, for callers in
     * the same JVM such as the integration tests.
     *
     * @throws IllegalArgumentException on a bad argument
     * @throws ApiException             when a call fails; the usagers seeded until then stay
     */
    public static SeedingReport run(String... args) {
        return seed(Options.parse(args));
    }

    private static SeedingReport seed(Options options) {
        // The CCAS's day, not the machine's: notices and consents are dated in the past of it.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        try (PasserelleClient client = new PasserelleClient(options.api(), options.keycloak(), options.realm())) {
            return new Seeder(client).seed(new FictitiousPeople(FictitiousPeople.SEED).usagers(today));
        }
    }
}
