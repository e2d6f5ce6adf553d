package org.passerelle.application.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.secrecy.Field;

/** The opened values a caller may see, field by field; fields absent here were not decrypted. */
public record SealedView(Map<Field, String> values) {

    public SealedView {
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public String get(Field field) {
        return values.get(field);
    }
}
