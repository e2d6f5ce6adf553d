package org.passerelle.bench.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.bench.load.LoadGenerator;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.HttpConnection;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.Stack;
import org.passerelle.testing.people.Category;
import org.passerelle.testing.people.FictitiousPeople;
import org.passerelle.testing.people.Usager.InformationMeans;
import org.passerelle.testing.people.Usager.PriorNotice;
import org.passerelle.testing.people.Usager.Situation;

/** What P4 asks of Passerelle's REST API on the benchmark's stack; every call must succeed. */
final class DeliveryApi {

    static final String ADMIN = "admin.passerelle";

    /** Both partners' convention: the cadre and purpose of the integration tests' routes. */
    static final String CADRE = "SOCIAL_ACTION";

    static final String PURPOSE = "acces-aux-droits";

    /** A partner's route: its channel and endpoint (the simulator's), and the fields its orientations pick. */
    record Route(String partner, String channel, String endpoint, List<String> pick) {}

    /** The body of {@code POST /api/v1/referrals}. */
    private record Draft(
            UUID caseFileId,
            String partner,
            String cadre,
            String purpose,
            String urgency,
            List<String> fields,
            String reason) {}

    /** An orientation sent: its id, when the send call started and ended (nanos), and when its answer arrived. */
    record Sent(UUID id, long startNanos, long endNanos, Instant answered) {}

    private final Stack stack;
    private final PasserelleClient client;
    /** The usagers of P4: the crowd's last, never among the seeded ones, so no NIR is registered twice. */
    private final FictitiousPeople people = new FictitiousPeople(FictitiousPeople.SEED);

    private final AtomicInteger reasons = new AtomicInteger();

    DeliveryApi(Stack stack) {
        this.stack = stack;
        this.client = new PasserelleClient(stack.ports().api(), stack.tokens());
    }

    HttpConnection connection() {
        return new HttpConnection(LoadGenerator.HOST, stack.ports().http());
    }

    /** Registers the partner system's public keys (the simulator's) and points the route's convention at it. */
    void connect(Route route, JsonNode keys) {
        if (!client.connectPartner(ADMIN, route.partner(), keys, CADRE, PURPOSE, route.channel(), route.endpoint())) {
            throw new IllegalStateException("no active convention " + route.partner() + " " + CADRE + " " + PURPOSE);
        }
    }

    /** Puts the route's convention back on Passerelle's inbox. */
    void disconnect(Route route) {
        client.pointConvention(ADMIN, route.partner(), CADRE, PURPOSE, "INBOX", null, null);
    }

    /**
     * Usager {@code n} of {@value StackData#ORGANISATION} with an open dossier whose référent is the
     * agent, told that the given categories may go to the given partners; returns the dossier's id.
     */
    UUID usager(int n, List<String> partners, List<Category> categories) {
        UUID person = client.registerPerson(StackData.AGENT, people.person(FictitiousPeople.CROWD - 1 - n));
        UUID caseId = client.openCase(
                        StackData.AGENT,
                        person,
                        new Situation("Personne isolée, sans enfant", "RSA socle et APL", null, null, null))
                .id();
        client.recordNotice(
                StackData.AGENT,
                person,
                new PriorNotice(Instant.now().minusSeconds(60), categories, partners, InformationMeans.IN_PERSON));
        return caseId;
    }

    /** Drafts an orientation of the route on the dossier; returns its id. */
    UUID draft(Route route, UUID caseFileId) {
        Draft body = new Draft(caseFileId, route.partner(), CADRE, PURPOSE, "NORMAL", route.pick(), """
                Ouverture de droits : demande de RSA et d'aide au logement (banc d'essai n° %d)""".formatted(
                        reasons.incrementAndGet()));
        return UUID.fromString(client.call(StackData.AGENT, "POST", "/referrals", body, 201)
                .path("id")
                .asText());
    }

    /** Sends a drafted orientation: the outbox row commits with it, and delivery starts after the commit. */
    Sent send(HttpConnection http, UUID referralId) throws IOException {
        String path = "/api/v1/referrals/" + referralId + "/send";
        byte[] request = request("POST", path, null);
        long start = System.nanoTime();
        HttpConnection.Response response = http.exchange(request);
        long end = System.nanoTime();
        Instant answered = Instant.now();
        response.expect(200, "POST " + path);
        return new Sent(referralId, start, end, answered);
    }

    private byte[] request(String method, String path, byte[] json) {
        return HttpConnection.request(
                method,
                stack.ports().api().getAuthority(),
                path,
                json,
                "Authorization: Bearer " + stack.tokens().user(StackData.AGENT));
    }
}
