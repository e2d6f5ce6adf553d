package org.passerelle.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.passerelle.simulator.document.Json;

/** Test documents of the contract (§2.1, docs/contract), with made-up values. */
final class Documents {

    private Documents() {}

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static ObjectNode orientation(String referralId, Partner to) {
        return common("ORIENTATION", referralId, to)
                .put("cadre", "SOCIAL_ACTION")
                .put("purpose", "acces-aux-droits")
                .put("urgency", "NORMAL")
                .put("reason", "Demande d'ouverture de droits")
                .put("sendingOrganisationName", "CCAS de Saumur")
                .put("commune", "Saumur")
                .put(
                        "respondBy",
                        Instant.now()
                                .plus(30, ChronoUnit.DAYS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString());
    }

    static ObjectNode share(String referralId, Partner to, Map<String, String> fields) {
        ObjectNode share = common("SHARE", referralId, to).put("recipient", "agent-1234");
        ObjectNode fieldsNode = share.putObject("fields");
        fields.forEach(fieldsNode::put);
        return share;
    }

    static ObjectNode cancellation(String referralId, Partner to, String reasonCode) {
        return common("CANCELLATION", referralId, to).put("reasonCode", reasonCode);
    }

    private static ObjectNode common(String kind, String referralId, Partner to) {
        return Json.MAPPER
                .createObjectNode()
                .put("schema", "passerelle.orientation/1")
                .put("messageId", newId())
                .put("kind", kind)
                .put("referralId", referralId)
                .put("sentAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("from", "ccas-saumur")
                .put("to", to.code());
    }

    static byte[] bytes(ObjectNode document) {
        return Json.bytes(document);
    }
}
