package org.passerelle.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@link ProcessingRegister} as one CSV table (RFC 4180, UTF-8, CRLF) for the DPO's spreadsheet:
 * one row per element, the kind of element in the first column ({@code responsable},
 * {@code traitement}, {@code destinataire}, {@code conservation}, {@code securite},
 * {@code transfert}). Categories are in words, separated by {@code " ; "}; a cell a spreadsheet
 * would run as a formula is defused.
 */
public final class ProcessingRegisterCsv {

    public static final List<String> HEADER =
            List.of("rubrique", "intitule", "code", "finalite", "base_legale", "categories", "personnes", "detail");

    private ProcessingRegisterCsv() {}

    public static byte[] render(ProcessingRegister register) {
        Objects.requireNonNull(register, "register");
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        line(
                csv,
                List.of(
                        "responsable",
                        register.controllerName(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "DPO : " + register.dpoContact() + " ; établi le "
                                + FrenchLabels.dateTime(register.producedAt()) + " par " + register.producedBy()
                                + " ; réf. " + register.registerId()));
        for (ProcessingRegister.Activity activity : register.activities()) {
            line(
                    csv,
                    List.of(
                            "traitement",
                            activity.name(),
                            "",
                            activity.purpose(),
                            activity.legalBasis(),
                            categories(activity.dataCategories()),
                            String.join(" ; ", activity.personCategories()),
                            ""));
        }
        for (ProcessingRegister.Recipient recipient : register.recipients()) {
            line(
                    csv,
                    List.of(
                            "destinataire",
                            recipient.organisationName(),
                            recipient.organisationCode(),
                            recipient.purpose(),
                            FrenchLabels.cadre(recipient.cadre()) + " (" + recipient.legalSource() + ")",
                            categories(recipient.categories()),
                            "",
                            recipient.consentRequired() ? "consentement requis" : ""));
        }
        for (ProcessingRegister.Retention retention : register.retentions()) {
            line(csv, List.of("conservation", retention.data(), "", "", "", "", "", retention.period()));
        }
        for (String measure : register.securityMeasures()) {
            line(csv, List.of("securite", measure, "", "", "", "", "", ""));
        }
        line(csv, List.of("transfert", register.transfersOutsideEu(), "", "", "", "", "", ""));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String categories(List<String> categories) {
        return categories.stream().map(FrenchLabels::category).collect(Collectors.joining(" ; "));
    }

    private static void line(StringBuilder csv, List<String> cells) {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String cell : cells) {
            escaped.add(cell(cell));
        }
        csv.append(String.join(",", escaped)).append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
