package org.passerelle.domain.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.secrecy.Field;

/**
 * Stores a set of fields (a convention's allow-list, an orientation's picked fields) as their
 * published keys ({@code person.lastName}), comma-separated, in catalogue order: keys never change,
 * enum constant names might.
 */
@Converter
public class FieldKeysConverter implements AttributeConverter<Set<Field>, String> {

    /** An unmodifiable copy in catalogue order, as entities hold them. */
    public static Set<Field> ordered(Collection<Field> fields) {
        Set<Field> copy = EnumSet.noneOf(Field.class);
        copy.addAll(fields);
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public String convertToDatabaseColumn(Set<Field> fields) {
        return fields == null ? null : ordered(fields).stream().map(Field::key).collect(Collectors.joining(","));
    }

    @Override
    public Set<Field> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        if (column.isEmpty()) {
            return Set.of();
        }
        return ordered(Arrays.stream(column.split(","))
                .map(key -> Field.byKey(key).orElseThrow(() -> new IllegalStateException("Unknown field key " + key)))
                .toList());
    }
}
