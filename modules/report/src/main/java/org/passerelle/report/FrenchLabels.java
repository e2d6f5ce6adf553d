package org.passerelle.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words and dates the usager reads: French labels for field categories and access kinds, and
 * dates in Paris time. A code without a label is shown as it is rather than hidden.
 */
final class FrenchLabels {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(PARIS);

    /** Keyed by {@code FieldCategory} name (passerelle-secrecy). */
    static final Map<String, String> CATEGORIES = Map.of(
            "IDENTITY", "Identité",
            "CONTACT", "Coordonnées",
            "NIR", "Numéro de sécurité sociale",
            "FAMILY", "Situation familiale",
            "RESOURCES", "Ressources",
            "HOUSING", "Logement",
            "HEALTH", "Santé",
            "NOTES", "Notes sociales",
            "RSA", "RSA");

    /** Keyed by {@code Cadre} name (passerelle-secrecy): the cadre de partage in words. */
    static final Map<String, String> CADRES = Map.of(
            "SOCIAL_ACTION", "Action sociale",
            "CHILD_PROTECTION", "Protection de l’enfance",
            "RSA", "RSA",
            "HEALTH", "Santé",
            "CONSENT", "Consentement de l’usager");

    private FrenchLabels() {}

    static String cadre(String cadre) {
        return CADRES.getOrDefault(cadre, cadre);
    }

    static String category(String category) {
        return CATEGORIES.getOrDefault(category, category);
    }

    static String categories(List<String> categories) {
        return categories.isEmpty()
                ? "—"
                : categories.stream().map(FrenchLabels::category).collect(Collectors.joining(", "));
    }

    static String kind(String kind) {
        return switch (kind) {
            case AccessReport.Access.CONSULTATION -> "Consultation";
            case AccessReport.Access.DISCLOSURE -> "Communication";
            default -> kind;
        };
    }

    /** {@code dd/MM/yyyy HH:mm}, Paris time. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** {@code dd/MM/yyyy}, Paris time. */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** {@code HH:mm}, Paris time. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** The text itself, or a dash when there is nothing to show. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
