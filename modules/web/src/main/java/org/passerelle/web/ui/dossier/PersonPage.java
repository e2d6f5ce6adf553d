package org.passerelle.web.ui.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.dossier.CaseFileService;
import org.passerelle.application.dossier.CaseFileSummary;
import org.passerelle.application.dossier.CaseFileView;
import org.passerelle.application.dossier.ConsentDetails;
import org.passerelle.application.dossier.ConsentService;
import org.passerelle.application.dossier.ConsentView;
import org.passerelle.application.dossier.HistoryEntry;
import org.passerelle.application.dossier.PersonDetails;
import org.passerelle.application.dossier.PersonService;
import org.passerelle.application.dossier.PersonView;
import org.passerelle.application.dossier.PriorNoticeDetails;
import org.passerelle.application.dossier.PriorNoticeView;
import org.passerelle.application.dossier.SituationDetails;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.domain.consent.InformationMeans;
import org.passerelle.domain.consent.WithdrawalReason;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NirRevealReason;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * An usager's page: identity and contact, the prior notices and consents that ground sharing (S4),
 * and their dossiers. Consents are recorded for a partner and purpose among the active conventions.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the rectification form offers; the NIR is changed through the API only (S8: shown masked here). */
    private static final List<Field> EDITABLE = List.of(
            Field.PERSON_LAST_NAME,
            Field.PERSON_FIRST_NAMES,
            Field.PERSON_BIRTH_NAME,
            Field.PERSON_ADDRESS,
            Field.PERSON_PHONE,
            Field.PERSON_EMAIL,
            Field.PERSON_PREFERRED_LANGUAGE,
            Field.PERSON_CONTACT_CHANNEL);

    @Inject
    transient PersonService persons;

    @Inject
    transient CaseFileService caseFiles;

    @Inject
    transient ConsentService consents;

    @Inject
    transient ConventionService conventions;

    @Inject
    transient Caller caller;

    @Inject
    transient UiFormat format;

    @Inject
    transient Clock clock;

    private String id;
    private UUID personId;
    private Map<Field, String> identity;
    private long version;
    private List<HistoryEntry> history = List.of();
    // The rectification form (GDPR art. 16): identity and contact, prefilled with what is on record.
    private final Map<String, String> edits = new HashMap<>();
    private LocalDate editBirthDate;
    private List<CaseFileSummary> dossiers = List.of();
    private List<PriorNoticeView> notices = List.of();
    private List<ConsentView> consentList = List.of();
    private List<String> grounds = List.of();

    // The prior-notice form.
    private String[] noticeRecipients;
    private FieldCategory[] noticeCategories;
    private InformationMeans noticeMeans = InformationMeans.IN_PERSON;
    // The consent form: "partner|purpose" among the active conventions.
    private String consentGround;
    private FieldCategory[] consentCategories;
    private ConsentMeans consentMeans = ConsentMeans.WRITTEN;
    private String evidenceReference;
    private LocalDate consentExpiresOn;
    private WithdrawalReason withdrawalReason = WithdrawalReason.USAGER_WITHDREW;
    // The NIR in full (S8): for a reason, shown on this page only, never kept beyond the view.
    private NirRevealReason nirReason = NirRevealReason.OUVERTURE_DROITS;
    private String revealedNir;

    /** The view action: reads what the page shows (journaled by the services). */
    public void load() {
        personId = UiPages.id(id);
        if (personId == null) {
            return;
        }
        PersonView person = UiProblems.attempt(() -> persons.read(caller, personId));
        if (person == null) {
            personId = null;
            return;
        }
        identity = person.fields().values();
        version = person.version();
        for (Field field : EDITABLE) {
            edits.put(field.key(), identity.get(field));
        }
        editBirthDate = birthDate(identity.get(Field.PERSON_BIRTH_DATE));
        history = UiProblems.attemptList(() -> persons.history(caller, personId));
        dossiers = UiProblems.attemptList(() -> caseFiles.ofPerson(caller, personId));
        notices = UiProblems.attemptList(() -> consents.notices(caller, personId));
        consentList = UiProblems.attemptList(() -> consents.consents(caller, personId));
        List<ConventionView> active = UiProblems.attemptList(() -> conventions.list(caller, null));
        grounds = active.stream()
                .filter(ConventionView::active)
                .map(c -> c.partner() + "|" + c.purpose())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Rectifies the usager's identity and contact on the version read: only the fields changed are
     * sent (an emptied field stays as it was). A colleague's change in between is told plainly.
     */
    public String rectify() {
        Map<Field, String> changed = new EnumMap<>(Field.class);
        for (Field field : EDITABLE) {
            String value = edits.get(field.key());
            if (value != null && !value.isBlank() && !value.strip().equals(identity.get(field))) {
                changed.put(field, value.strip());
            }
        }
        LocalDate newBirthDate =
                editBirthDate != null && !editBirthDate.equals(birthDate(identity.get(Field.PERSON_BIRTH_DATE)))
                        ? editBirthDate
                        : null;
        if (changed.isEmpty() && newBirthDate == null) {
            UiText.info("person.edit.unchanged");
            return null;
        }
        PersonView saved = UiProblems.attempt(() -> persons.update(
                caller,
                personId,
                version,
                new PersonDetails(
                        changed.get(Field.PERSON_LAST_NAME),
                        changed.get(Field.PERSON_FIRST_NAMES),
                        changed.get(Field.PERSON_BIRTH_NAME),
                        newBirthDate,
                        null,
                        changed.get(Field.PERSON_ADDRESS),
                        changed.get(Field.PERSON_PHONE),
                        changed.get(Field.PERSON_EMAIL),
                        changed.get(Field.PERSON_PREFERRED_LANGUAGE),
                        changed.get(Field.PERSON_CONTACT_CHANNEL))));
        return done(saved, "person.edit.done");
    }

    private static LocalDate birthDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The form's values by field key ({@code person.address}...). */
    public Map<String, String> getEdits() {
        return edits;
    }

    public LocalDate getEditBirthDate() {
        return editBirthDate;
    }

    public void setEditBirthDate(LocalDate v) {
        editBirthDate = v;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    /** A history entry's new value of the field, if the caller may see it now (else nothing). */
    public String historyValue(HistoryEntry entry, String fieldKey) {
        return Field.byKey(fieldKey).map(entry.values().values()::get).orElse(null);
    }

    public String openDossier() {
        CaseFileView opened = UiProblems.attempt(
                () -> caseFiles.open(caller, personId, new SituationDetails(null, null, null, null, null), Set.of()));
        return opened == null ? null : UiPages.go("/ui/dossiers/dossier.xhtml", opened.id());
    }

    public String recordNotice() {
        if (noticeRecipients == null
                || noticeRecipients.length == 0
                || noticeCategories == null
                || noticeCategories.length == 0) {
            UiText.error("notice.incomplete");
            return null;
        }
        PriorNoticeView recorded = UiProblems.attempt(() -> consents.recordNotice(
                caller,
                new PriorNoticeDetails(
                        personId,
                        clock.instant(),
                        caller.username(),
                        EnumSet.copyOf(List.of(noticeCategories)),
                        Set.of(noticeRecipients),
                        noticeMeans)));
        return done(recorded, "notice.done");
    }

    public String recordConsent() {
        if (consentGround == null
                || !consentGround.contains("|")
                || consentCategories == null
                || consentCategories.length == 0) {
            UiText.error("consent.incomplete");
            return null;
        }
        String[] ground = consentGround.split("\\|", 2);
        ConsentView recorded = UiProblems.attempt(() -> consents.record(
                caller,
                new ConsentDetails(
                        personId,
                        ground[0],
                        ground[1],
                        EnumSet.copyOf(List.of(consentCategories)),
                        clock.instant(),
                        caller.username(),
                        consentMeans,
                        evidenceReference,
                        consentExpiresOn)));
        return done(recorded, "consent.done");
    }

    public String withdraw(UUID consentId) {
        ConsentView withdrawn = UiProblems.attempt(() -> consents.withdraw(caller, consentId, withdrawalReason));
        return done(withdrawn, "consent.withdrawn");
    }

    private String done(Object result, String messageKey) {
        return UiPages.done(result, messageKey, "/ui/dossiers/person.xhtml", personId);
    }

    /** Shows the NIR in full for the chosen reason; refused (and journaled) unless the caller follows the usager. */
    public String revealNir() {
        revealedNir = UiProblems.attempt(() -> persons.revealNir(caller, personId, nirReason));
        return null;
    }

    public String value(String fieldKey) {
        if (revealedNir != null && Field.PERSON_NIR.key().equals(fieldKey)) {
            return revealedNir;
        }
        return identity == null
                ? null
                : Field.byKey(fieldKey).map(identity::get).orElse(null);
    }

    public boolean isNirRevealed() {
        return revealedNir != null;
    }

    public NirRevealReason[] getNirReasons() {
        return NirRevealReason.values();
    }

    public NirRevealReason getNirReason() {
        return nirReason;
    }

    public void setNirReason(NirRevealReason nirReason) {
        this.nirReason = nirReason;
    }

    public boolean isFound() {
        return personId != null;
    }

    public UUID getPersonId() {
        return personId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<CaseFileSummary> getDossiers() {
        return dossiers;
    }

    public List<PriorNoticeView> getNotices() {
        return notices;
    }

    public List<ConsentView> getConsents() {
        return consentList;
    }

    public List<String> getGrounds() {
        return grounds;
    }

    public FieldCategory[] getCategories() {
        return FieldCategory.values();
    }

    public InformationMeans[] getInformationMeans() {
        return InformationMeans.values();
    }

    public ConsentMeans[] getConsentMeansValues() {
        return ConsentMeans.values();
    }

    public WithdrawalReason[] getWithdrawalReasons() {
        return WithdrawalReason.values();
    }

    public String[] getNoticeRecipients() {
        return noticeRecipients;
    }

    public void setNoticeRecipients(String[] v) {
        noticeRecipients = v;
    }

    public FieldCategory[] getNoticeCategories() {
        return noticeCategories;
    }

    public void setNoticeCategories(FieldCategory[] v) {
        noticeCategories = v;
    }

    public InformationMeans getNoticeMeans() {
        return noticeMeans;
    }

    public void setNoticeMeans(InformationMeans v) {
        noticeMeans = v;
    }

    public String getConsentGround() {
        return consentGround;
    }

    public void setConsentGround(String v) {
        consentGround = v;
    }

    public FieldCategory[] getConsentCategories() {
        return consentCategories;
    }

    public void setConsentCategories(FieldCategory[] v) {
        consentCategories = v;
    }

    public ConsentMeans getConsentMeans() {
        return consentMeans;
    }

    public void setConsentMeans(ConsentMeans v) {
        consentMeans = v;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public void setEvidenceReference(String v) {
        evidenceReference = v;
    }

    public LocalDate getConsentExpiresOn() {
        return consentExpiresOn;
    }

    public void setConsentExpiresOn(LocalDate v) {
        consentExpiresOn = v;
    }

    public WithdrawalReason getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(WithdrawalReason v) {
        withdrawalReason = v;
    }

    /** "CPAM de Maine-et-Loire – Accès aux soins" for "cpam-49|acces-aux-soins". */
    public String groundLabel(String ground) {
        String[] parts = ground.split("\\|", 2);
        return format.label("partner", parts[0]) + " – " + format.label("purpose", parts[1]);
    }

    /** The partners a prior notice may name: those of the active conventions. */
    public List<String> getPartners() {
        return grounds.stream()
                .map(g -> g.substring(0, g.indexOf('|')))
                .distinct()
                .toList();
    }
}
