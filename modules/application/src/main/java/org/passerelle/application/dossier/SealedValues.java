package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.NirDisclosure;

/** Opens exactly the fields a decision allows among those a row holds, masking the NIR as decided (S8). */
@ApplicationScoped
class SealedValues {

    @Inject
    FieldProtection protection;

    SealedView open(SealedRow row, Set<Field> rowFields, AccessDecision decision) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Field field : rowFields) {
            if (!decision.visibleFields().contains(field)
                    || (field == Field.PERSON_NIR && decision.nir() == NirDisclosure.NONE)) {
                continue;
            }
            String value = protection.open(row, field);
            if (value != null) {
                values.put(field, field == Field.PERSON_NIR && decision.nir() == NirDisclosure.MASKED
                        ? Nir.parse(value).masked() : value);
            }
        }
        return new SealedView(values);
    }

    /** Seals each non-null value, after checking the decision lets the caller write that field. */
    void write(SealedRow row, Map<Field, String> values, AccessDecision decision) {
        for (Map.Entry<Field, String> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            if (!decision.visibleFields().contains(entry.getKey())) {
                throw new AccessRefusedException(org.passerelle.secrecy.Outcome.FORBIDDEN, "field-not-permitted");
            }
            protection.seal(row, entry.getKey(), entry.getValue());
        }
    }
}
