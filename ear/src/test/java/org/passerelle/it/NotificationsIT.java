package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail notifications (issue 5, item 4; DESIGN §4): the partner organisation's mailbox is told
 * when an orientation arrives or is cancelled, the sending agent of every answer, message,
 * reminder and expiry; the e-mails reach a real SMTP server (GreenMail, {@link Stack#mails()}) and
 * none holds a personal value: not the usager's identity, contact or NIR, not a shared field, not
 * the triage reason, not a message.
 */
@ExtendWith(StackExtension.class)
@OwnStack("receives the server's e-mails")
class NotificationsIT {

    private static final String AGENT = "agent.saumur";
    /** agent.saumur's e-mail in the demo realm: the token's email claim. */
    private static final String AGENT_MAIL = "claire.moreau@passerelle.example";

    private static final String CPAM = "cpam.conseiller";
    private static final String CPAM_MAILBOX = "orientations@cpam-49.demo.passerelle.example";
    private static final String DEPT_MAILBOX = "orientations@dept-49.demo.passerelle.example";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** An usager of Saumur followed by agent.saumur, and every personal value it was given. */
    private record Usager(String personId, String caseId, List<String> values) {}

    /** A received e-mail, decoded. */
    private record Mail(String from, String to, String referral, String event, String subject, String body) {}

    private static Usager usager() {
        String lastName = TestData.unique("Lemaire");
        String nir = TestData.nir();
        Map<String, Object> person = TestData.person(lastName, nir);
        String personId = TestData.registerPerson(AGENT, person).path("id").asText();
        Map<String, Object> situation = new HashMap<>();
        situation.put("healthNotes", "Asthme sévère, soins interrompus " + TestData.unique(""));
        situation.put("housing", "Hébergé chez un tiers " + TestData.unique(""));
        String caseId = TestData.openCase(AGENT, personId, List.of(), situation)
                .path("id")
                .asText();
        List<String> values = new ArrayList<>(List.of(
                lastName,
                nir,
                nir.substring(0, 13),
                (String) person.get("firstNames"),
                (String) person.get("address"),
                (String) person.get("phone"),
                (String) person.get("email"),
                (String) person.get("birthDate"),
                "12/03/1984"));
        situation.values().forEach(v -> values.add((String) v));
        return new Usager(personId, caseId, values);
    }

    private static void priorNotice(Usager u, String partner, List<String> categories) {
        TestData.recordPriorNotice(AGENT, u.personId(), partner, categories);
    }

    private static String consent(Usager u, String partner, String purpose, List<String> categories) {
        return TestData.recordConsent(AGENT, u.personId(), partner, purpose, categories);
    }

    /** Drafts and sends a NORMAL orientation (an URGENT one is reminded within a second here). */
    private static String sent(Usager u, String partner, String cadre, String purpose, List<String> fields) {
        return sent(u, partner, cadre, purpose, fields, "NORMAL");
    }

    /** Drafts and sends; the triage reason joins the values no e-mail may hold. */
    private static String sent(
            Usager u, String partner, String cadre, String purpose, List<String> fields, String urgency) {
        String reason = "Rupture de droits, situation de " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        u.values().add(reason);
        Map<String, Object> body = new HashMap<>();
        body.put("caseFileId", u.caseId());
        body.put("partner", partner);
        body.put("cadre", cadre);
        body.put("purpose", purpose);
        body.put("reason", reason);
        body.put("urgency", urgency);
        body.put("fields", fields);
        HttpResponse<String> created = Http.send("POST", Http.api("/referrals"), Keycloak.token(AGENT), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        HttpResponse<String> sent =
                Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(AGENT), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    private static String sentToCpam(Usager u) {
        priorNotice(u, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        return sent(
                u,
                "cpam-49",
                "HEALTH",
                "acces-aux-soins",
                List.of("person.lastName", "person.firstNames", "person.phone", "case.healthNotes"));
    }

    private static HttpResponse<String> partner(String id, String transition, Map<String, Object> body) {
        return Http.send("POST", Http.api("/partner/referrals/" + id + "/" + transition), Keycloak.token(CPAM), body);
    }

    /** A message text, remembered as a value no e-mail may hold. */
    private static String message(Usager u, String text) {
        String message = text + " " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(message);
        u.values().add(message);
        return message;
    }

    /** The e-mails about this orientation received so far. */
    private static List<Mail> mailsAbout(String referralId) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : Stack.mails()) {
            Mail mail = decode(m);
            if (referralId.equals(mail.referral())) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Waits (without a fixed sleep's guess) for the e-mail of this event to this address. */
    private static Mail awaitMail(String referralId, String event, String to) {
        return await("the " + event + " e-mail to " + to + " about " + referralId)
                .atMost(WAIT)
                .until(
                        () -> mailsAbout(referralId).stream()
                                .filter(mail ->
                                        mail.event().equals(event) && mail.to().equalsIgnoreCase(to))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Mail decode(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            Address[] from = m.getFrom();
            String[] referral = m.getHeader("X-Passerelle-Referral");
            String[] event = m.getHeader("X-Passerelle-Event");
            return new Mail(
                    from == null || from.length == 0 ? "" : from[0].toString(),
                    to == null || to.length == 0 ? "" : to[0].toString(),
                    referral == null ? "" : referral[0],
                    event == null ? "" : event[0],
                    m.getSubject(),
                    String.valueOf(m.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subject and body (decoded) of each hold none of the usager's values, nor any the suite stored sealed. */
    private static void assertNoPersonalValue(List<Mail> mails, Usager u) {
        assertThat(mails).isNotEmpty();
        for (Mail mail : mails) {
            String text = mail.subject() + "\n" + mail.body();
            for (String value : u.values()) {
                assertThat(text).as("%s e-mail to %s", mail.event(), mail.to()).doesNotContainIgnoringCase(value);
            }
        }
        for (MimeMessage m : Stack.mails()) {
            Mail mail = decode(m);
            String text = mail.subject() + "\n" + mail.body();
            TestData.NIRS_USED.forEach(nir -> assertThat(text).doesNotContain(nir));
            TestData.PLAINTEXTS_USED.stream()
                    .filter(v -> v.length() >= 8)
                    .forEach(v -> assertThat(text).as("%s e-mail", mail.event()).doesNotContain(v));
        }
    }

    @Test
    void thePartnerIsToldOfTheArrivalAndTheSenderOfEveryAnswer() throws InterruptedException {
        Usager u = usager();
        String id = sentToCpam(u);

        Mail arrival = awaitMail(id, "SEND", CPAM_MAILBOX);
        assertThat(arrival.from()).isEqualTo("passerelle@localhost");
        assertThat(arrival.subject()).contains("Nouvelle orientation", "CCAS de Saumur");
        assertThat(arrival.body())
                .contains(id, "acces-aux-soins", "CSP L1110-4", "envoyée", "http://localhost:8080/ui/link/inbox/" + id);

        assertThat(partner(id, "accept", Map.of("message", message(u, "Prise en charge par Mme Durand")))
                        .statusCode())
                .isEqualTo(200);
        Http.assertProblem(partner(id, "accept", Map.of()), 409);
        HttpResponse<String> asked = Http.send(
                "POST",
                Http.api("/partner/referrals/" + id + "/messages"),
                Keycloak.token(CPAM),
                Map.of("message", message(u, "Merci de préciser la mutuelle actuelle")));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        HttpResponse<String> answered = Http.send(
                "POST",
                Http.api("/referrals/" + id + "/messages"),
                Keycloak.token(AGENT),
                Map.of("message", message(u, "Mutuelle résiliée en mars")));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(partner(id, "start", Map.of()).statusCode()).isEqualTo(200);
        assertThat(partner(
                                id,
                                "complete",
                                Map.of(
                                        "reasonCode",
                                        "DROITS_OUVERTS",
                                        "message",
                                        message(u, "C2S ouverte pour le foyer")))
                        .statusCode())
                .isEqualTo(200);

        Mail accepted = awaitMail(id, "ACCEPT", AGENT_MAIL);
        assertThat(accepted.subject()).contains("Orientation acceptée", "CPAM de Maine-et-Loire");
        assertThat(accepted.body()).contains(id, "acceptée", "http://localhost:8080/ui/link/referral/" + id);
        assertThat(awaitMail(id, "MESSAGE", AGENT_MAIL).subject()).contains("Nouveau message");
        assertThat(awaitMail(id, "MESSAGE", CPAM_MAILBOX).subject()).contains("Nouveau message", "CCAS de Saumur");
        assertThat(awaitMail(id, "START", AGENT_MAIL).body()).contains("en cours");
        assertThat(awaitMail(id, "COMPLETE", AGENT_MAIL).body()).contains("terminée");

        // The refused second acceptance told no one; the sender's own moves are not mailed back to them.
        List<Mail> mails = mailsAbout(id);
        assertThat(mails).filteredOn(m -> m.event().equals("ACCEPT")).hasSize(1);
        assertThat(mails)
                .extracting(m -> m.event() + "→" + m.to())
                .containsExactlyInAnyOrder(
                        "SEND→" + CPAM_MAILBOX,
                        "ACCEPT→" + AGENT_MAIL,
                        "MESSAGE→" + AGENT_MAIL,
                        "MESSAGE→" + CPAM_MAILBOX,
                        "START→" + AGENT_MAIL,
                        "COMPLETE→" + AGENT_MAIL);
        assertNoPersonalValue(mails, u);
    }

    /** With 1-second days (Stack), a 1-day reminder and a 3-day expiry are mailed within seconds. */
    @Test
    void theSenderAndThePartnerAreRemindedThenTheSenderIsToldOfTheExpiry() throws InterruptedException {
        String purpose = "relance-" + TestData.unique("").toLowerCase();
        Map<String, Object> convention = new HashMap<>();
        convention.put("partner", "dept-49");
        convention.put("cadre", "SOCIAL_ACTION");
        convention.put("purpose", purpose);
        convention.put("allowedFields", List.of("person.lastName", "case.housing"));
        convention.put("reminderDays", 1);
        convention.put("expiryDays", 3);
        HttpResponse<String> created =
                Http.send("POST", Http.api("/conventions"), Keycloak.token("admin.passerelle"), convention);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Usager u = usager();
        priorNotice(u, "dept-49", List.of("IDENTITY", "HOUSING"));
        String id = sent(u, "dept-49", "SOCIAL_ACTION", purpose, List.of("person.lastName", "case.housing"));

        Mail arrival = awaitMail(id, "SEND", DEPT_MAILBOX);
        assertThat(arrival.subject()).contains("Nouvelle orientation", "CCAS de Saumur");
        assertThat(arrival.body()).contains("Département de Maine-et-Loire", purpose, "action sociale");
        Mail reminder = awaitMail(id, "REMIND", AGENT_MAIL);
        assertThat(reminder.subject()).contains("Relance", "Département de Maine-et-Loire");
        assertThat(reminder.body()).contains(id, purpose, "attend toujours");
        Mail partnerReminder = awaitMail(id, "REMIND", DEPT_MAILBOX);
        assertThat(partnerReminder.subject()).contains("Relance", "CCAS de Saumur");
        assertThat(partnerReminder.body()).contains("http://localhost:8080/ui/link/inbox/" + id);
        Mail expiry = awaitMail(id, "EXPIRE", AGENT_MAIL);
        assertThat(expiry.subject()).contains("expirée");
        assertThat(expiry.body()).contains(id, "expirée", "http://localhost:8080/ui/link/referral/" + id);

        assertThat(mailsAbout(id))
                .extracting(m -> m.event() + "→" + m.to())
                .containsExactlyInAnyOrder(
                        "SEND→" + DEPT_MAILBOX,
                        "REMIND→" + AGENT_MAIL,
                        "REMIND→" + DEPT_MAILBOX,
                        "EXPIRE→" + AGENT_MAIL);
        assertNoPersonalValue(mailsAbout(id), u);
    }

    /**
     * Issue 18, item 7: an URGENT orientation is reminded after the convention's urgent delay (here 1
     * day against 3 for an ordinary one), to both sides, then escalated to the partner's manager a
     * day later; the timeline shows both.
     */
    @Test
    void anUrgentOrientationIsRemindedSoonerThenEscalatedToThePartnersManager() throws InterruptedException {
        String purpose = "urgence-" + TestData.unique("").toLowerCase();
        Map<String, Object> convention = new HashMap<>();
        convention.put("partner", "dept-49");
        convention.put("cadre", "SOCIAL_ACTION");
        convention.put("purpose", purpose);
        convention.put("allowedFields", List.of("person.lastName", "case.housing"));
        convention.put("reminderDays", 3);
        convention.put("urgentReminderDays", 1);
        convention.put("expiryDays", 8);
        HttpResponse<String> created =
                Http.send("POST", Http.api("/conventions"), Keycloak.token("admin.passerelle"), convention);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).path("urgentReminderDays").asInt()).isEqualTo(1);
        Usager u = usager();
        priorNotice(u, "dept-49", List.of("IDENTITY", "HOUSING"));
        String id = sent(u, "dept-49", "SOCIAL_ACTION", purpose, List.of("person.lastName", "case.housing"), "URGENT");

        JsonNode sent = Http.json(Http.get(Http.api("/referrals/" + id), Keycloak.token(AGENT)));
        assertThat(Duration.between(
                        Instant.parse(sent.path("sentAt").asText()),
                        Instant.parse(sent.path("remindAt").asText())))
                .as("an URGENT orientation's reminder after the urgent delay (1 day of 1 s), not the ordinary 3")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(awaitMail(id, "REMIND", DEPT_MAILBOX).subject()).contains("Relance : orientation urgente");
        awaitMail(id, "REMIND", AGENT_MAIL);
        Mail escalation = awaitMail(id, "ESCALATE", DEPT_MAILBOX);
        assertThat(escalation.subject()).contains("À l'attention du responsable", "urgente", "CCAS de Saumur");
        assertThat(escalation.body()).contains("http://localhost:8080/ui/link/inbox/" + id);
        assertThat(awaitMail(id, "ESCALATE", AGENT_MAIL).subject()).contains("Escalade");

        JsonNode read = Http.json(Http.get(Http.api("/referrals/" + id), Keycloak.token(AGENT)));
        List<String> kinds = new ArrayList<>();
        read.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).startsWith("CREATE", "SEND", "REMIND", "ESCALATE");
        assertThat(mailsAbout(id))
                .filteredOn(m -> m.event().equals("ESCALATE"))
                .as("escalated once")
                .hasSize(2);
        assertNoPersonalValue(mailsAbout(id), u);
    }

    /** S5: the partner is told when the CCAS withdraws an orientation, or a consent withdrawal ends it. */
    @Test
    void thePartnerIsToldOfACancellationByTheCcasOrAConsentWithdrawal() throws InterruptedException {
        Usager u = usager();
        String withdrawn = sentToCpam(u);
        HttpResponse<String> cancelled = Http.send(
                "POST",
                Http.api("/referrals/" + withdrawn + "/cancel"),
                Keycloak.token(AGENT),
                Map.of("reasonCode", "DOUBLON", "message", message(u, "Déjà suivie ailleurs")));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        Mail cancel = awaitMail(withdrawn, "CANCEL", CPAM_MAILBOX);
        assertThat(cancel.subject()).contains("Orientation annulée", "CCAS de Saumur");
        assertThat(cancel.body()).contains("annulée").doesNotContain("DOUBLON");

        Usager v = usager();
        priorNotice(v, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String consentId = consent(v, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String relying =
                sent(v, "cpam-49", "HEALTH", "acces-aux-soins", List.of("person.lastName", "case.healthNotes"));
        assertThat(partner(relying, "accept", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> withdrawal = Http.send(
                "POST",
                Http.api("/consents/" + consentId + "/withdrawal"),
                Keycloak.token(AGENT),
                Map.of("reason", "USAGER_WITHDREW"));
        assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
        assertThat(awaitMail(relying, "CANCEL", CPAM_MAILBOX).body()).contains("retrait de consentement");
        awaitMail(relying, "ACCEPT", AGENT_MAIL);

        assertNoPersonalValue(mailsAbout(withdrawn), u);
        assertNoPersonalValue(mailsAbout(relying), v);
    }
}
