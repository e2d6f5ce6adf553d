package org.passerelle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Renders an {@link AccessReport} as the PDF handed to the usager: French, A4, in plain words.
 *
 * <p>Sections: the data held (French category labels), the purposes, the recipient organisations,
 * every consultation and communication in date order (a table continued over as many pages as it
 * needs), and the usager's rights. Every page carries the report id, the production date and
 * "page n sur N". The staff column appears only when {@link AccessReport#staffNamesIncluded()}; a
 * staff name is never printed otherwise.
 *
 * <p>Uses the standard 14 fonts (Helvetica), so nothing is embedded; characters they cannot encode
 * are printed as {@code ?}. The document information holds the title "Relevé des accès" and no
 * personal data.
 */
public final class AccessReportPdf {

    /** The document title in the PDF metadata: deliberately names nobody. */
    public static final String DOCUMENT_TITLE = "Relevé des accès";

    private static final String TITLE = "Relevé des accès à vos données";

    private AccessReportPdf() {}

    /**
     * The report as PDF bytes.
     *
     * @throws UncheckedIOException if PDFBox fails to write, which in memory means a bug
     */
    public static byte[] render(AccessReport report) {
        Objects.requireNonNull(report, "report");
        return FrenchPdf.render(
                DOCUMENT_TITLE,
                report.producedAt(),
                "Relevé des accès · réf. " + report.reportId() + " · établi le "
                        + FrenchLabels.date(report.producedAt()),
                flow -> {
                    writeIntroduction(flow, report);
                    writeDataHeld(flow, report);
                    writePurposes(flow, report);
                    writeRecipients(flow, report);
                    writeAccesses(flow, report);
                    writeRights(flow, report);
                },
                "access report " + report.reportId());
    }

    private static void writeIntroduction(PageFlow flow, AccessReport report) throws IOException {
        flow.paragraph(TITLE, true, FrenchPdf.TITLE_SIZE, 24);
        flow.paragraph(report.organisationName(), false, 12, 16);
        flow.space(8);
        if (report.usagerDisplayName() != null && !report.usagerDisplayName().isBlank()) {
            flow.paragraph("Personne concernée : " + report.usagerDisplayName());
        }
        flow.paragraph(
                "Établi le " + FrenchLabels.date(report.producedAt()) + " à " + FrenchLabels.time(report.producedAt())
                        + " par le délégué à la protection des données (" + report.producedBy() + ").");
        flow.paragraph("Référence : " + report.reportId());
        flow.space(8);
        flow.paragraph("Vous avez demandé à savoir ce que " + report.organisationName() + " fait de vos données"
                + " (article 15 du RGPD). Ce relevé indique les données vous concernant, pourquoi elles sont"
                + " utilisées, à quels organismes elles sont communiquées, et chaque fois qu’elles ont été"
                + " consultées ou communiquées.");
    }

    private static void writeDataHeld(PageFlow flow, AccessReport report) throws IOException {
        flow.heading("Données détenues");
        if (report.categoriesHeld().isEmpty()) {
            flow.paragraph("Aucune donnée vous concernant n’est enregistrée.");
            return;
        }
        for (String category : report.categoriesHeld()) {
            flow.bullet(FrenchLabels.category(category));
        }
    }

    private static void writePurposes(PageFlow flow, AccessReport report) throws IOException {
        flow.heading("Finalités");
        if (report.purposes().isEmpty()) {
            flow.paragraph("Aucune finalité enregistrée.");
            return;
        }
        flow.paragraph("Vos données sont utilisées pour :");
        for (String purpose : report.purposes()) {
            flow.bullet(purpose);
        }
    }

    private static void writeRecipients(PageFlow flow, AccessReport report) throws IOException {
        flow.heading("Organismes destinataires");
        if (report.recipients().isEmpty()) {
            flow.paragraph("Vos données ne sont communiquées à aucun organisme extérieur.");
            return;
        }
        for (AccessReport.Recipient recipient : report.recipients()) {
            String period = recipient.until() == null
                    ? "depuis le " + FrenchLabels.date(recipient.since())
                    : "du " + FrenchLabels.date(recipient.since()) + " au " + FrenchLabels.date(recipient.until());
            flow.bullet(recipient.organisationName() + " — finalité : " + recipient.purpose() + " — données : "
                    + FrenchLabels.categories(recipient.categories()) + " — " + period + ".");
        }
    }

    private static void writeAccesses(PageFlow flow, AccessReport report) throws IOException {
        flow.heading("Consultations et communications");
        if (report.accesses().isEmpty()) {
            flow.paragraph("Aucune consultation ni communication de vos données n’est enregistrée.");
            return;
        }
        boolean withStaff = report.staffNamesIncluded();
        flow.paragraph("Chaque ligne est une consultation de vos données par une personne habilitée, ou leur"
                + " communication à un organisme, telle qu’enregistrée dans le journal des accès (heure de Paris)."
                + (withStaff
                        ? " La colonne « Agent » nomme la personne qui a consulté ou communiqué les données."
                        : " Les noms des agents ne figurent pas sur ce relevé."));
        if (report.accesses().stream().anyMatch(a -> !a.verified())) {
            flow.paragraph("Les lignes marquées « non vérifiée » ne portent pas le sceau du journal (elles y ont été"
                    + " inscrites hors de Passerelle, ou jamais scellées) : elles ne sont pas présentées comme"
                    + " authentiques, et le délégué à la protection des données les examine.");
        }
        flow.space(6);

        List<String> headers = new ArrayList<>(List.of("Date", "Nature", "Organisme", "Finalité", "Données"));
        float[] widths = withStaff ? new float[] {17, 15, 20, 17, 17, 14} : new float[] {18, 15, 25, 21, 21};
        if (withStaff) {
            headers.add("Agent");
        }
        List<List<String>> rows = new ArrayList<>(report.accesses().size());
        report.accesses().stream()
                .sorted(Comparator.comparing(AccessReport.Access::at))
                .forEach(access -> {
                    List<String> row = new ArrayList<>(List.of(
                            FrenchLabels.dateTime(access.at()) + (access.verified() ? "" : " (non vérifiée)"),
                            FrenchLabels.kind(access.kind()),
                            access.organisationName(),
                            FrenchLabels.orDash(access.purpose()),
                            FrenchLabels.categories(access.categories())));
                    if (withStaff) {
                        row.add(FrenchLabels.orDash(access.staffName()));
                    }
                    rows.add(row);
                });
        flow.table(headers, widths, rows);
    }

    private static void writeRights(PageFlow flow, AccessReport report) throws IOException {
        flow.heading("Vos droits");
        flow.paragraph("Vous pouvez demander à consulter vos données, à faire corriger celles qui sont inexactes,"
                + " à en limiter l’utilisation, ou vous opposer à leur utilisation. Pour cela, adressez-vous au"
                + " délégué à la protection des données (DPO) de " + report.organisationName() + ".");
        flow.space(4);
        flow.paragraph("Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation"
                + " à la CNIL (Commission nationale de l’informatique et des libertés), www.cnil.fr.");
    }
}
