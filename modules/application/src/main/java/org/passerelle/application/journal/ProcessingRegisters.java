package org.passerelle.application.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.report.ProcessingRegister;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.Role;

/**
 * The register of processing activities (GDPR art. 30) of the DPO's CCAS, generated from the
 * configuration: the active conventions de partage (each partner, cadre, purpose and the categories
 * of the fields it allows), the journal's retention, the DPO's contact
 * ({@code PASSERELLE_DPO_CONTACT}). Auditors only; producing it is journaled as an export, like the
 * journal's CSV (it opens no usager's data: no target, no field).
 */
@ApplicationScoped
public class ProcessingRegisters {

    /** The reason code of the journal entry a production writes. */
    public static final String REASON = "processing-register";

    @Inject
    ConventionRepository conventions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "passerelle.journal.retention-months", defaultValue = "12")
    int journalRetentionMonths;

    @Inject
    @ConfigProperty(name = "passerelle.dpo.contact", defaultValue = ProcessingRegister.DEFAULT_DPO_CONTACT)
    String dpoContact;

    @Transactional
    public ProcessingRegister produce(Caller caller) {
        gate.requireRole(caller, JournalAction.EXPORT, Role.AUDITOR);
        List<ProcessingRegister.Recipient> recipients = conventions.list(null, true).stream()
                .filter(Convention::isActive)
                .map(this::recipient)
                .toList();
        ProcessingRegister register = ProcessingRegister.build(
                UUID.randomUUID().toString(),
                clock.instant(),
                caller.username(),
                new ProcessingRegister.Configuration(
                        organisationName(caller.organisation()),
                        dpoContact,
                        Arrays.stream(FieldCategory.values()).map(Enum::name).toList(),
                        recipients,
                        journalRetentionMonths));
        gate.exported(caller, Target.organisation(caller.organisation()), Set.of(), REASON, recipients.size());
        return register;
    }

    private ProcessingRegister.Recipient recipient(Convention convention) {
        Set<FieldCategory> categories = EnumSet.noneOf(FieldCategory.class);
        for (Field field : convention.allowedFields()) {
            categories.add(field.category());
        }
        return new ProcessingRegister.Recipient(
                convention.partner(),
                organisationName(convention.partner()),
                convention.cadre().name(),
                convention.cadre().legalSource(),
                convention.cadre().consentRequired(),
                convention.purpose(),
                categories.stream().map(Enum::name).toList());
    }

    private String organisationName(String code) {
        return code == null
                ? "Passerelle"
                : organisations.find(code).map(Organisation::name).orElse(code);
    }
}
