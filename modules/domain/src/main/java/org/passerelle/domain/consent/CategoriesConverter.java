package org.passerelle.domain.consent;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.secrecy.FieldCategory;

/** Stores a set of categories as their names, comma-separated, in catalogue order. */
@Converter
public class CategoriesConverter implements AttributeConverter<Set<FieldCategory>, String> {

    /** An unmodifiable copy in catalogue order, as entities hold them. */
    static Set<FieldCategory> ordered(Collection<FieldCategory> categories) {
        Set<FieldCategory> copy = EnumSet.noneOf(FieldCategory.class);
        copy.addAll(categories);
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public String convertToDatabaseColumn(Set<FieldCategory> categories) {
        return categories == null
                ? null
                : ordered(categories).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FieldCategory> convertToEntityAttribute(String column) {
        return column == null
                ? null
                : ordered(Arrays.stream(column.split(","))
                        .map(FieldCategory::valueOf)
                        .toList());
    }
}
