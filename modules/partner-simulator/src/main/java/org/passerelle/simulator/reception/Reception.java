package org.passerelle.simulator.reception;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.behaviour.Behaviour;
import org.passerelle.simulator.behaviour.Behaviours;
import org.passerelle.simulator.document.BadDocumentException;
import org.passerelle.simulator.document.OrientationDocument;
import org.passerelle.simulator.ledger.Arrival;
import org.passerelle.simulator.ledger.Ledger;
import org.passerelle.simulator.ledger.LedgerEntry;
import org.passerelle.simulator.openpgp.SignatureCheck;
import org.passerelle.simulator.reply.ReplyDispatcher;

/**
 * What every channel does with a document once it has its bytes and a signature check: record it,
 * and for a first arrival answer as the partner's behaviour says.
 */
public final class Reception {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Ledger ledger;
    private final Behaviours behaviours;
    private final ReplyDispatcher replies;

    public Reception(Ledger ledger, Behaviours behaviours, ReplyDispatcher replies) {
        this.ledger = ledger;
        this.behaviours = behaviours;
        this.replies = replies;
    }

    /**
     * @param idempotencyKey the HTTPS header, which must equal the messageId; empty on other channels
     */
    public Outcome receive(
            Partner partner, Channel channel, byte[] body, SignatureCheck signature, Optional<String> idempotencyKey) {
        OrientationDocument document;
        try {
            document = OrientationDocument.parse(body, partner);
            if (idempotencyKey.isPresent() && !idempotencyKey.get().equals(document.messageId())) {
                throw new BadDocumentException("Idempotency-Key missing or not the messageId");
            }
        } catch (BadDocumentException e) {
            return reject(
                    partner,
                    channel,
                    body,
                    signature,
                    signature.valid() ? "document: " + e.getMessage() : "signature " + signature);
        }
        if (!signature.valid()) {
            return reject(partner, channel, body, signature, "signature " + signature);
        }
        LedgerEntry entry = ledger.record(new Arrival(
                partner,
                channel,
                document.messageId(),
                document.kind(),
                document.referralId(),
                document.fieldKeys(),
                document.document(),
                true,
                null));
        Outcome outcome = entry.duplicate() ? Outcome.DUPLICATE : Outcome.ACCEPTED;
        log(entry, outcome);
        if (outcome == Outcome.ACCEPTED) {
            Behaviour behaviour = behaviours.get(partner);
            List<String> answers = behaviour.repliesTo(document.kind());
            if (!answers.isEmpty()) {
                replies.answer(partner, document.referralId(), answers, behaviour);
            }
        }
        return outcome;
    }

    /** A payload that could not even be decrypted or read: recorded without a document. */
    public Outcome unreadable(Partner partner, Channel channel, String reason) {
        LedgerEntry entry = ledger.record(
                new Arrival(partner, channel, null, null, null, List.of(), null, false, "unreadable: " + reason));
        log(entry, Outcome.BAD_DOCUMENT);
        return Outcome.BAD_DOCUMENT;
    }

    private Outcome reject(Partner partner, Channel channel, byte[] body, SignatureCheck signature, String reason) {
        ObjectNode json = null;
        try {
            json = OrientationDocument.readObject(body);
        } catch (BadDocumentException e) {
            // recorded without a document
        }
        LedgerEntry entry = ledger.record(new Arrival(
                partner,
                channel,
                member(json, "messageId"),
                member(json, "kind"),
                member(json, "referralId"),
                List.of(),
                json,
                signature.valid(),
                reason));
        Outcome outcome = signature.valid() ? Outcome.BAD_DOCUMENT : Outcome.BAD_SIGNATURE;
        log(entry, outcome);
        return outcome;
    }

    private static String member(JsonNode json, String name) {
        JsonNode value = json == null ? null : json.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Ids of a rejected document are whatever the sender wrote: only id-shaped text reaches the log. */
    private static String safe(String id) {
        return id == null || SAFE_ID.matcher(id).matches() ? id : "(not an id)";
    }

    private static void log(LedgerEntry entry, Outcome outcome) {
        EventLog.event("arrival seq=" + entry.seq() + " partner=" + entry.partner() + " channel=" + entry.channel()
                + " messageId=" + safe(entry.messageId()) + " kind=" + safe(entry.kind())
                + " referralId=" + safe(entry.referralId())
                + " fieldKeys=" + entry.fieldKeys() + " outcome=" + outcome
                + (entry.rejectedBecause() == null ? "" : " because=\"" + entry.rejectedBecause() + "\""));
    }
}
