package org.passerelle.application.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.report.ProcessingRegister;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;

/**
 * What the usagers' information notice (GDPR art. 13-14) says of the configuration, readable by
 * anyone without signing in: the organisations the active conventions de partage name, with their
 * purpose, cadre and categories of data, and how to reach the DPO. It holds no personal value (an
 * organisation is not a person), so reading it is not journaled.
 */
@ApplicationScoped
public class PublicNotice {

    /** One recipient organisation under one active convention. */
    public record Recipient(String organisationName, String purpose, Cadre cadre, Set<FieldCategory> categories) {}

    @Inject
    ConventionRepository conventions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    @ConfigProperty(name = "passerelle.dpo.contact", defaultValue = ProcessingRegister.DEFAULT_DPO_CONTACT)
    String dpoContact;

    @Inject
    @ConfigProperty(name = "passerelle.journal.retention-months", defaultValue = "12")
    int journalRetentionMonths;

    @Transactional
    public List<Recipient> recipients() {
        return conventions.list(null, true).stream()
                .filter(Convention::isActive)
                .map(c -> new Recipient(name(c.partner()), c.purpose(), c.cadre(), categories(c.allowedFields())))
                .sorted(Comparator.comparing(Recipient::organisationName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Recipient::purpose))
                .toList();
    }

    public String dpoContact() {
        return dpoContact;
    }

    public int journalRetentionMonths() {
        return journalRetentionMonths;
    }

    private static Set<FieldCategory> categories(Set<Field> fields) {
        Set<FieldCategory> categories = EnumSet.noneOf(FieldCategory.class);
        fields.forEach(f -> categories.add(f.category()));
        return categories;
    }

    private String name(String code) {
        return organisations.find(code).map(Organisation::name).orElse(code);
    }
}
