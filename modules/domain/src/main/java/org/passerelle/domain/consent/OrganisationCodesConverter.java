package org.passerelle.domain.consent;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Stores a set of organisation codes comma-separated, sorted (codes hold no comma). */
@Converter
public class OrganisationCodesConverter implements AttributeConverter<Set<String>, String> {

    /** An unmodifiable sorted copy, as entities hold them. */
    static Set<String> ordered(Collection<String> codes) {
        return Collections.unmodifiableSet(new TreeSet<>(codes));
    }

    @Override
    public String convertToDatabaseColumn(Set<String> codes) {
        return codes == null ? null : String.join(",", ordered(codes));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null ? null : ordered(Arrays.asList(column.split(",")));
    }
}
