package org.passerelle.application.dossier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.passerelle.application.access.Opener;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.NirDisclosure;

/**
 * Opens, through the gate's opener, exactly the fields a decision allows among those a row holds,
 * masking the NIR as decided (S8); seals values through it too.
 */
final class SealedValues {

    private SealedValues() {}

    static SealedView open(Opener opener, SealedRow row, Set<Field> rowFields, AccessDecision decision) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Field field : rowFields) {
            if (!opener.may(field) || (field == Field.PERSON_NIR && decision.nir() == NirDisclosure.NONE)) {
                continue;
            }
            String value = opener.open(row, field);
            if (value != null) {
                values.put(
                        field,
                        field == Field.PERSON_NIR && decision.nir() == NirDisclosure.MASKED
                                ? Nir.parse(value).masked()
                                : value);
            }
        }
        return new SealedView(values);
    }

    /** Seals each non-null value; a field the access does not cover is refused and journaled by the gate. */
    static void write(Opener opener, SealedRow row, Map<Field, String> values) {
        for (Map.Entry<Field, String> entry : values.entrySet()) {
            if (entry.getValue() != null) {
                opener.seal(row, entry.getKey(), entry.getValue());
            }
        }
    }
}
