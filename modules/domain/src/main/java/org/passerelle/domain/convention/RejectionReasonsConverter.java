package org.passerelle.domain.convention;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores the rejection reasons in one column, one per line, {@code CODE|label}, in the order the
 * administrator gave them. Codes hold no {@code |} and labels no line break (both are checked by
 * {@link RejectionReason}), so the text reads back unambiguously. One column rather than a child
 * table keeps the reasons in the convention's own row and history (Envers audits it as one value).
 */
@Converter
public class RejectionReasonsConverter implements AttributeConverter<List<RejectionReason>, String> {

    @Override
    public String convertToDatabaseColumn(List<RejectionReason> reasons) {
        return reasons == null
                ? null
                : reasons.stream().map(r -> r.code() + "|" + r.label()).collect(Collectors.joining("\n"));
    }

    @Override
    public List<RejectionReason> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return Arrays.stream(column.split("\n"))
                .map(line -> {
                    int bar = line.indexOf('|');
                    if (bar < 0) {
                        throw new IllegalStateException("A stored rejection reason has no label");
                    }
                    return new RejectionReason(line.substring(0, bar), line.substring(bar + 1));
                })
                .toList();
    }
}
