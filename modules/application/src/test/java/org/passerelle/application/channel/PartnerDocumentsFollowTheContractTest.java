package org.passerelle.application.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.DeliveryAttempt;
import org.passerelle.application.referral.PartnerDisclosure;
import org.passerelle.application.referral.SharedFields;
import org.passerelle.application.referral.SharedNote;
import org.passerelle.domain.exchange.OutboxKind;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.Transition;

/**
 * What leaves for a partner's system (docs/partner-exchange.md §2.1) conforms to the contract's
 * schemas (docs/contract): each document is built by {@link PartnerDocuments}, the production
 * code, from an orientation as it stands; only the opening of values (journaled, needing a
 * database) is played by a stand-in {@link PartnerDisclosure}. A document that breaks a schema
 * must fail it, so that these checks can fail.
 */
class PartnerDocumentsFollowTheContractTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final String CASEWORKER = "agent-1234";

    /** What the stand-in opens: the triage texts, the shared values and notes, a message's text. */
    private static final class Opened extends PartnerDisclosure {
        String commune = "Saumur";
        List<SharedNote> notes = null;

        @Override
        public Triage triage(DeliveryAttempt delivery, Referral referral) {
            return new Triage(referral, "CCAS de Saumur", commune, "Ouverture de droits, dossier complet");
        }

        @Override
        public Optional<Share> share(DeliveryAttempt delivery, Referral referral, Instant now) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("person.lastName", "Lemoine");
            values.put("person.nir", "2 84 03 49 *** *** 12");
            values.put("case.healthNotes", "Suivi diabète");
            return Optional.of(new Share(
                    referral,
                    new SharedFields(
                            List.of("person.lastName", "person.nir", "case.healthNotes", "note.body"), values, notes)));
        }

        @Override
        public String message(DeliveryAttempt delivery, Referral referral, UUID eventId) {
            return "Rendez-vous confirmé le 2 décembre.";
        }
    }

    private final Opened opened = new Opened();
    private final PartnerDocuments documents = new PartnerDocuments();

    {
        documents.disclosure = opened;
    }

    private static Referral sent() {
        Referral referral = new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "cpam-49",
                        Cadre.HEALTH,
                        "acces-aux-soins",
                        Urgency.URGENT,
                        Set.of(Field.PERSON_LAST_NAME, Field.PERSON_NIR, Field.CASE_HEALTH_NOTES),
                        Set.of()),
                "agent.saumur",
                1,
                NOW.minus(1, ChronoUnit.HOURS));
        referral.send(
                ReferralActor.SENDER,
                "agent.saumur",
                UUID.randomUUID(),
                UUID.randomUUID(),
                NOW.minus(1, ChronoUnit.HOURS),
                NOW.plus(10, ChronoUnit.DAYS),
                NOW.plus(30, ChronoUnit.DAYS));
        return referral;
    }

    private static Referral accepted() {
        Referral referral = sent();
        referral.apply(
                ReferralActor.PARTNER_CASEWORKER,
                Transition.ACCEPT,
                CaseworkerNames.of("cpam-49", CASEWORKER),
                null,
                NOW);
        return referral;
    }

    private ObjectNode build(OutboxKind kind, String reasonCode, Referral referral) {
        OutboxMessage message = new OutboxMessage(
                referral.id(),
                referral.partner(),
                kind,
                reasonCode,
                kind == OutboxKind.MESSAGE ? UUID.randomUUID() : null,
                NOW);
        byte[] document = documents
                .build(new DeliveryAttempt(Caller.partnerDelivery(referral.partner()), false), message, referral, NOW)
                .orElseThrow();
        try {
            return (ObjectNode) ContractSchemas.JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> breaches(String schema, JsonNode document) {
        return ContractSchemas.breaches(schema, document.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Each schema with what the dispatching one says of the same document. */
    private static void assertConforms(String schema, JsonNode document) {
        assertThat(breaches(schema, document)).as("%s: %s", schema, document).isEmpty();
        assertThat(breaches("to-partner.schema.json", document))
                .as("to-partner: %s", document)
                .isEmpty();
    }

    private static void assertBreaks(String schema, JsonNode document, Consumer<ObjectNode> breach) {
        ObjectNode broken = document.deepCopy();
        breach.accept(broken);
        assertThat(breaches(schema, broken))
                .as("%s must refuse %s", schema, broken)
                .isNotEmpty();
        assertThat(breaches("to-partner.schema.json", broken))
                .as("to-partner must refuse %s", broken)
                .isNotEmpty();
    }

    @Test
    void theTriageViewConformsAndHoldsNoPersonalField() {
        ObjectNode orientation = build(OutboxKind.ORIENTATION, null, sent());
        opened.commune = null;
        ObjectNode withoutCommune = build(OutboxKind.ORIENTATION, null, sent());

        assertConforms("orientation.schema.json", orientation);
        assertConforms("orientation.schema.json", withoutCommune);
        assertThat(orientation.path("urgency").asText()).isEqualTo("URGENT");
        assertThat(withoutCommune.has("commune")).isFalse();
        assertBreaks(
                "orientation.schema.json",
                orientation,
                d -> d.putObject("fields").put("person.lastName", "Lemoine"));
        assertBreaks("orientation.schema.json", orientation, d -> d.remove("respondBy"));
    }

    @Test
    void theShareConformsWithAndWithoutNotes() {
        ObjectNode withoutNotes = build(OutboxKind.SHARE, null, accepted());
        opened.notes = List.of(
                new SharedNote(
                        UUID.randomUUID(),
                        FieldCategory.HEALTH,
                        NOW.minus(3, ChronoUnit.DAYS),
                        "Suivi par le Dr Martin"),
                new SharedNote(UUID.randomUUID(), FieldCategory.RESOURCES, NOW, "RSA socle"));
        ObjectNode withNotes = build(OutboxKind.SHARE, null, accepted());

        assertConforms("share.schema.json", withoutNotes);
        assertConforms("share.schema.json", withNotes);
        assertThat(withNotes.path("recipient").asText()).isEqualTo(CASEWORKER);
        assertThat(withNotes.path("notes")).hasSize(2);
        assertBreaks("share.schema.json", withNotes, d -> d.withObject("fields").put("person.secret", "x"));
        assertBreaks("share.schema.json", withNotes, d -> d.put("recipient", "system:cpam-49/" + CASEWORKER));
    }

    /** No empty list: a share carries notes only when one at least is shared (§2.1). */
    @Test
    void aShareWithNoNoteLetThroughCarriesNoNotesMember() {
        opened.notes = List.of();

        ObjectNode share = build(OutboxKind.SHARE, null, accepted());

        assertThat(share.has("notes")).isFalse();
        assertConforms("share.schema.json", share);
    }

    @Test
    void aMessageConformsBeforeAndAfterAcceptance() {
        ObjectNode triage = build(OutboxKind.MESSAGE, null, sent());
        ObjectNode named = build(OutboxKind.MESSAGE, null, accepted());

        assertConforms("message.schema.json", triage);
        assertConforms("message.schema.json", named);
        assertThat(triage.path("audience").asText()).isEqualTo("TRIAGE");
        assertThat(named.path("recipient").asText()).isEqualTo(CASEWORKER);
        assertBreaks("message.schema.json", triage, d -> d.put("recipient", CASEWORKER));
        assertBreaks("message.schema.json", named, d -> d.remove("recipient"));
    }

    /** Every cancellation reason {@link PartnerOutbox} writes. */
    static Stream<String> cancellationReasons() {
        return Stream.of(
                PartnerOutbox.SENDER_WITHDREW,
                PartnerOutbox.CONSENT_WITHDRAWN,
                PartnerOutbox.USAGER_OBJECTED,
                PartnerOutbox.CASE_CLOSED,
                PartnerOutbox.EXPIRED);
    }

    @ParameterizedTest
    @MethodSource("cancellationReasons")
    void everyCancellationPasserelleSendsConforms(String reason) {
        ObjectNode cancellation = build(OutboxKind.CANCELLATION, reason, sent());

        assertConforms("cancellation.schema.json", cancellation);
        assertThat(cancellation.path("reasonCode").asText()).isEqualTo(reason);
        assertBreaks("cancellation.schema.json", cancellation, d -> d.put("reasonCode", "USAGER_MOVED"));
    }

    @Test
    void theSchemasCloseTheListsOfWhatPasserelleSends() {
        assertThat(texts(ContractSchemas.schema("cancellation.schema.json").at("/properties/reasonCode/enum")))
                .as("the reasons a partner must accept are those Passerelle sends")
                .containsExactlyInAnyOrderElementsOf(cancellationReasons().toList());
        List<String> shareable = Stream.of(Field.values())
                .filter(Field::isShareable)
                .filter(f -> f != Field.NOTE_BODY)
                .map(Field::key)
                .toList();
        assertThat(texts(ContractSchemas.schema("share.schema.json").at("/properties/fields/propertyNames/enum")))
                .as("the catalogue's shareable fields (notes travel apart)")
                .containsExactlyInAnyOrderElementsOf(shareable);
        assertThat(texts(ContractSchemas.schema("common.schema.json").at("/$defs/category/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(FieldCategory.values()).map(Enum::name).toList());
        assertThat(texts(ContractSchemas.schema("orientation.schema.json").at("/properties/cadre/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(Cadre.values()).map(Enum::name).toList());
        assertThat(texts(ContractSchemas.schema("orientation.schema.json").at("/properties/urgency/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(Urgency.values()).map(Enum::name).toList());
        assertThat(texts(ContractSchemas.schema("to-partner.schema.json").at("/properties/kind/enum")))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(OutboxKind.values()).map(Enum::name).toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        assertThat(texts).as("a closed list in the schema").isNotEmpty();
        return texts;
    }
}
