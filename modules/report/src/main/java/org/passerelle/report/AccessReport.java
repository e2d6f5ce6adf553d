package org.passerelle.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an usager may learn about the processing of their data (DESIGN S14, GDPR art. 15): the
 * categories of data held, the purposes, the organisations the data goes to, and every consultation
 * and disclosure recorded in the access journal. Staff names are present only when the DPO asked for
 * them.
 *
 * <p>A plain value (records, lists, strings, instants): the web layer serialises it as the JSON form
 * of the report, and {@link AccessReportPdf} renders the same value for the usager. Lists are copied
 * and unmodifiable. When {@code staffNamesIncluded} is false, the constructor drops any staff name
 * given in an {@link Access}, so neither form can carry one by mistake.
 *
 * @param reportId           stable id of this report, printed on every page
 * @param producedAt         when the DPO produced it
 * @param producedBy         the DPO's username
 * @param organisationName   the CCAS answering, e.g. {@code CCAS de Saumur}
 * @param usagerDisplayName  how the usager is named on the report, e.g. {@code Élodie MARTIN, née le
 *                           12/03/1984}; may be null (the report then names nobody)
 * @param categoriesHeld     {@code FieldCategory} names of the data held, e.g. {@code IDENTITY}, {@code HEALTH}
 * @param purposes           purpose codes, e.g. {@code acces-aux-soins}
 * @param recipients         the organisations the data is shared with
 * @param accesses           the consultations and disclosures from the journal
 * @param staffNamesIncluded whether the DPO asked for the names of the staff involved
 */
public record AccessReport(
        String reportId,
        Instant producedAt,
        String producedBy,
        String organisationName,
        String usagerDisplayName,
        List<String> categoriesHeld,
        List<String> purposes,
        List<Recipient> recipients,
        List<Access> accesses,
        boolean staffNamesIncluded) {

    public AccessReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(producedBy, "producedBy");
        Objects.requireNonNull(organisationName, "organisationName");
        categoriesHeld = List.copyOf(Objects.requireNonNull(categoriesHeld, "categoriesHeld"));
        purposes = List.copyOf(Objects.requireNonNull(purposes, "purposes"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Objects.requireNonNull(accesses, "accesses");
        accesses = staffNamesIncluded
                ? List.copyOf(accesses)
                : List.copyOf(accesses.stream()
                        .map(access -> Objects.requireNonNull(access, "accesses element")
                                .withoutStaffName())
                        .toList());
    }

    /**
     * An organisation the usager's data is shared with, for one purpose.
     *
     * @param organisationCode e.g. {@code caf-49}
     * @param organisationName e.g. {@code CAF de Maine-et-Loire}
     * @param purpose          the purpose code
     * @param categories       {@code FieldCategory} names shared
     * @param since            when sharing started
     * @param until            when it ends or ended; null when open-ended
     */
    public record Recipient(
            String organisationCode,
            String organisationName,
            String purpose,
            List<String> categories,
            Instant since,
            Instant until) {

        public Recipient {
            Objects.requireNonNull(organisationCode, "organisationCode");
            Objects.requireNonNull(organisationName, "organisationName");
            Objects.requireNonNull(purpose, "purpose");
            categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * One consultation or disclosure from the journal.
     *
     * @param at               when it happened
     * @param kind             {@code CONSULTATION} or {@code DISCLOSURE}
     * @param organisationName the organisation that consulted or received the data
     * @param purpose          the purpose code; null when the journal recorded none
     * @param categories       {@code FieldCategory} names involved
     * @param staffName        who, only when the report includes staff names; null otherwise
     * @param verified         false when the journal line behind it does not carry the journal's seal
     *                         (inserted outside Passerelle, or never sealed): shown as such
     */
    public record Access(
            Instant at,
            String kind,
            String organisationName,
            String purpose,
            List<String> categories,
            String staffName,
            boolean verified) {

        /** What the journal calls a read by someone of an organisation. */
        public static final String CONSULTATION = "CONSULTATION";
        /** What the journal calls data leaving for another organisation. */
        public static final String DISCLOSURE = "DISCLOSURE";

        public Access {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(organisationName, "organisationName");
            categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        }

        /** An access from a genuine journal line. */
        public Access(
                Instant at,
                String kind,
                String organisationName,
                String purpose,
                List<String> categories,
                String staffName) {
            this(at, kind, organisationName, purpose, categories, staffName, true);
        }

        Access withoutStaffName() {
            return staffName == null
                    ? this
                    : new Access(at, kind, organisationName, purpose, categories, null, verified);
        }
    }
}
