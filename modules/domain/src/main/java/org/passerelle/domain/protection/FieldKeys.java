package org.passerelle.domain.protection;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.secrecy.Field;

/** Field keys as inputs name them ({@code person.lastName}): parsed against the catalogue in one place. */
public final class FieldKeys {

    private FieldKeys() {}

    /**
     * The fields the keys name, in catalogue order; a 422 naming {@code input} on an unknown or
     * missing key (the message gives an example, never the value given).
     */
    public static Set<Field> parse(String input, Collection<String> keys) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (String key : keys) {
            fields.add(Field.byKey(key == null ? "" : key.strip())
                    .orElseThrow(() -> new InvalidInputException(
                            input, "holds a key that is not in the field catalogue (e.g. person.lastName)")));
        }
        return fields;
    }
}
