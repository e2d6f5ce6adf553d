package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.passerelle.application.referral.DeliveryAttempt;
import org.passerelle.application.referral.PartnerDisclosure;
import org.passerelle.application.referral.SharedFields;
import org.passerelle.application.referral.SharedNote;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;

/**
 * Writes the documents of docs/partner-exchange.md §2.1 ({@code passerelle.orientation/1}, whose
 * schemas are docs/contract; PartnerDocumentsFollowTheContractTest holds this class to them) from
 * an outbox message and its orientation as they stand now; opening the values is journaled by
 * {@link PartnerDisclosure}, once per message ({@link DeliveryAttempt}, S11). Empty when the message must not leave any more (S7).
 */
@ApplicationScoped
class PartnerDocuments {

    static final String SCHEMA = "passerelle.orientation/1";

    @Inject
    PartnerDisclosure disclosure;

    Optional<byte[]> build(DeliveryAttempt delivery, OutboxMessage message, Referral referral, Instant now) {
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("schema", SCHEMA)
                .add("messageId", message.id().toString())
                .add("kind", message.kind().name())
                .add("referralId", referral.id().toString())
                .add("sentAt", now.toString())
                .add("from", referral.organisationCode())
                .add("to", referral.partner());
        switch (message.kind()) {
            case ORIENTATION -> {
                PartnerDisclosure.Triage triage = disclosure.triage(delivery, referral);
                document.add("cadre", referral.cadre().name())
                        .add("purpose", referral.purpose())
                        .add("urgency", referral.urgency().name())
                        .add("reason", triage.reason() == null ? "" : triage.reason())
                        .add("sendingOrganisationName", triage.sendingOrganisationName());
                optional(document, "commune", triage.commune());
                optional(
                        document,
                        "respondBy",
                        referral.expiresAt() == null
                                ? null
                                : referral.expiresAt().toString());
            }
            case SHARE -> {
                Optional<PartnerDisclosure.Share> share = disclosure.share(delivery, referral, now);
                if (share.isEmpty()) {
                    return Optional.empty();
                }
                optional(document, "recipient", recipient(referral));
                SharedFields shared = share.get().fields();
                JsonObjectBuilder fields = Json.createObjectBuilder();
                for (Map.Entry<String, String> field : shared.fields().entrySet()) {
                    fields.add(field.getKey(), field.getValue());
                }
                document.add("fields", fields);
                // §2.1: notes only when at least one is shared, never an empty list
                if (shared.notes() != null && !shared.notes().isEmpty()) {
                    JsonArrayBuilder notes = Json.createArrayBuilder();
                    for (SharedNote note : shared.notes()) {
                        notes.add(Json.createObjectBuilder()
                                .add("id", note.id().toString())
                                .add("category", note.category().name())
                                .add("writtenAt", note.createdAt().toString())
                                .add("text", note.body() == null ? "" : note.body()));
                    }
                    document.add("notes", notes);
                }
            }
            case MESSAGE -> {
                // S2: before acceptance a message is triage text for the partner's caseworkers; after,
                // it is for the named recipient only, and says so to the partner's system.
                document.add("audience", referral.recipient() == null ? "TRIAGE" : "RECIPIENT");
                optional(document, "recipient", referral.recipient() == null ? null : recipient(referral));
                document.add("text", disclosure.message(delivery, referral, message.eventId()));
            }
            case CANCELLATION -> document.add("reasonCode", message.reasonCode());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.createWriter(out).writeObject(document.build());
        return Optional.of(out.toByteArray());
    }

    /** The caseworker id the partner gave when accepting, without our namespace; none before acceptance. */
    private static String recipient(Referral referral) {
        return CaseworkerNames.caseworkerOf(referral.partner(), referral.recipient())
                .orElse(referral.recipient());
    }

    private static void optional(JsonObjectBuilder document, String name, String value) {
        if (value != null) {
            document.add(name, value);
        }
    }
}
