package org.passerelle.web.api.casefile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.application.dossier.HistoryEntry;

/** One change to a dossier; {@code values} holds only the changed fields the caller may see now. */
public record HistoryResponse(
        Instant at, String username, String kind, List<String> changed, Map<String, String> values) {

    static HistoryResponse of(HistoryEntry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        entry.values().values().forEach((field, value) -> values.put(field.key(), value));
        return new HistoryResponse(entry.at(), entry.username(), entry.kind(), entry.changed(), values);
    }
}
