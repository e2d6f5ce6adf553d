package org.passerelle.domain.convention;

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
 * Stores a set of fields as their published keys ({@code person.lastName}), comma-separated, in
 * catalogue order: keys never change, enum constant names might.
 */
@Converter
public class AllowedFieldsConverter implements AttributeConverter<Set<Field>, String> {

    /** An unmodifiable copy in catalogue order, as entities hold them. */
    static Set<Field> ordered(Collection<Field> fields) {
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
        return column == null ? null : ordered(Arrays.stream(column.split(","))
                .map(key -> Field.byKey(key).orElseThrow(
                        () -> new IllegalStateException("A stored convention names an unknown field key")))
                .toList());
    }
}
