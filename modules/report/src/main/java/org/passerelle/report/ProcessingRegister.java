package org.passerelle.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The register of processing activities (GDPR art. 30), generated from the configuration rather
 * than written by hand: who is responsible and how to reach their DPO, the processing activities
 * with their purposes, legal bases and categories, every recipient an active convention de partage
 * names (partner organisation, cadre, purpose, categories of data it may receive), the retention
 * periods and the security measures. It names no usager and no agent but its producer.
 *
 * <p>Categories are {@code FieldCategory} names and cadres {@code Cadre} names (passerelle-secrecy),
 * in words in the PDF ({@link ProcessingRegisterPdf}) and the CSV ({@link ProcessingRegisterCsv}).
 */
public record ProcessingRegister(
        String registerId,
        Instant producedAt,
        String producedBy,
        String controllerName,
        String dpoContact,
        List<Activity> activities,
        List<Recipient> recipients,
        List<Retention> retentions,
        List<String> securityMeasures,
        String transfersOutsideEu) {

    /** The CCAS's own purpose, the one every dossier is opened for (CASF L123-5). */
    public static final String OWN_PURPOSE = "accompagnement-social";

    /** A dossier without contact for this long moves to the intermediate archive (S13, CNIL 2021-028). */
    public static final int DOSSIER_RETENTION_YEARS = 2;

    /**
     * How usagers and the CNIL reach the DPO when the deployment does not say
     * ({@code PASSERELLE_DPO_CONTACT}): a service address, never a person's own.
     */
    public static final String DEFAULT_DPO_CONTACT =
            "le délégué à la protection des données du CCAS, par courrier à l’adresse du CCAS (à l’attention"
                    + " du DPO) ou à l’accueil";

    public ProcessingRegister {
        activities = List.copyOf(activities);
        recipients = List.copyOf(recipients);
        retentions = List.copyOf(retentions);
        securityMeasures = List.copyOf(securityMeasures);
    }

    /** One processing activity (a line of the register, art. 30(1)(b)-(d)). */
    public record Activity(
            String name,
            String purpose,
            String legalBasis,
            List<String> personCategories,
            List<String> dataCategories) {

        public Activity {
            personCategories = List.copyOf(personCategories);
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /**
     * A recipient organisation under one active convention (art. 30(1)(d)).
     *
     * @param cadre           the cadre de partage ({@code Cadre} name)
     * @param legalSource     the article the cadre rests on
     * @param consentRequired whether every share under it needs the usager's consent
     * @param categories      the categories of the fields the convention allows, in catalogue order
     */
    public record Recipient(
            String organisationCode,
            String organisationName,
            String cadre,
            String legalSource,
            boolean consentRequired,
            String purpose,
            List<String> categories) {

        public Recipient {
            categories = List.copyOf(categories);
        }
    }

    /** How long one kind of data is kept (art. 30(1)(f)). */
    public record Retention(String data, String period) {}

    /**
     * What the register is generated from.
     *
     * @param controllerName         the CCAS responsible for the processing (the producer's organisation)
     * @param dpoContact             how to reach its DPO (a service address, never a person's own)
     * @param categories             every category the CCAS processes, in catalogue order
     * @param activeConventions      the active conventions de partage, in any order
     * @param journalRetentionMonths how long the access journal is kept (S11)
     */
    public record Configuration(
            String controllerName,
            String dpoContact,
            List<String> categories,
            Collection<Recipient> activeConventions,
            int journalRetentionMonths) {

        public Configuration {
            Objects.requireNonNull(controllerName, "controllerName");
            Objects.requireNonNull(dpoContact, "dpoContact");
            categories = List.copyOf(categories);
            activeConventions = List.copyOf(activeConventions);
        }
    }

    /** The register of {@code configuration}, produced by {@code producedBy} at {@code producedAt}. */
    public static ProcessingRegister build(
            String registerId, Instant producedAt, String producedBy, Configuration configuration) {
        List<String> order = configuration.categories();
        List<Recipient> recipients = configuration.activeConventions().stream()
                .map(r -> new Recipient(
                        r.organisationCode(),
                        r.organisationName(),
                        r.cadre(),
                        r.legalSource(),
                        r.consentRequired(),
                        r.purpose(),
                        ordered(r.categories(), order)))
                .sorted(Comparator.comparing(Recipient::organisationName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Recipient::organisationCode)
                        .thenComparing(Recipient::cadre)
                        .thenComparing(Recipient::purpose))
                .toList();
        return new ProcessingRegister(
                registerId,
                producedAt,
                producedBy,
                configuration.controllerName(),
                configuration.dpoContact(),
                activities(configuration, recipients),
                recipients,
                retentions(configuration.journalRetentionMonths()),
                SECURITY_MEASURES,
                "Aucun : les données sont hébergées et traitées dans l’Union européenne, aucun destinataire"
                        + " n’est situé hors de l’Union.");
    }

    private static List<Activity> activities(Configuration configuration, List<Recipient> recipients) {
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity(
                "Accompagnement social des usagers (" + OWN_PURPOSE + ")",
                "Accueillir, instruire les demandes d’aide sociale, suivre la situation des personnes et de leur"
                        + " foyer, tenir le dossier social.",
                "Mission d’intérêt public (RGPD art. 6.1.e), CASF L123-5 ; données de santé : RGPD art. 9.2.b et"
                        + " 9.2.h ; secret professionnel (CASF L133-5, code pénal 226-13).",
                List.of("Usagers du CCAS", "Membres de leur foyer", "Représentants légaux"),
                configuration.categories()));
        if (!recipients.isEmpty()) {
            Set<String> bases = new LinkedHashSet<>();
            Set<String> purposes = new LinkedHashSet<>();
            Set<String> categories = new LinkedHashSet<>();
            recipients.stream()
                    .sorted(Comparator.comparing(Recipient::cadre))
                    .forEach(r -> bases.add(FrenchLabels.cadre(r.cadre()) + " (" + r.legalSource() + ")"));
            recipients.forEach(r -> purposes.add(r.purpose()));
            recipients.forEach(r -> categories.addAll(r.categories()));
            activities.add(new Activity(
                    "Orientation vers les organismes partenaires",
                    "Transmettre à un partenaire, dans le cadre d’une convention de partage, les seules"
                            + " informations nécessaires à une orientation (finalités : "
                            + String.join(", ", purposes) + ").",
                    "Cadres de partage : " + String.join(" ; ", bases)
                            + ". Information préalable de l’usager ; consentement exprès quand le cadre ou la"
                            + " catégorie l’exige (santé).",
                    List.of("Usagers orientés", "Membres de leur foyer"),
                    ordered(categories, configuration.categories())));
        }
        activities.add(new Activity(
                "Journal des accès",
                "Tracer chaque consultation, écriture, communication, export et refus, pour contrôler les accès,"
                        + " détecter les abus et répondre aux demandes des usagers (relevé des accès).",
                "Obligation de sécurité (RGPD art. 5.1.f et 32), obligation légale (RGPD art. 6.1.c).",
                List.of(
                        "Agents du CCAS",
                        "Agents des organismes partenaires",
                        "Administrateurs et délégué à la protection des données"),
                List.of()));
        return activities;
    }

    private static List<Retention> retentions(int journalRetentionMonths) {
        return List.of(
                new Retention(
                        "Dossiers sociaux, notes, consentements et informations préalables",
                        DOSSIER_RETENTION_YEARS + " ans après le dernier contact avec l’usager, puis archivage"
                                + " intermédiaire (lecture par le DPO seul, motivée et journalisée), puis"
                                + " anonymisation ou destruction (référentiel CNIL action sociale, délibération"
                                + " 2021-028)."),
                new Retention(
                        "Orientations, motifs et messages échangés avec les partenaires",
                        "Avec le dossier dont elles relèvent ; chez le partenaire, l’accès prend fin quand"
                                + " l’orientation est close, refusée, annulée ou expirée."),
                new Retention(
                        "Journal des accès",
                        journalRetentionMonths + " mois, puis purge des entrées les plus anciennes (la chaîne"
                                + " d’intégrité repart d’un point de contrôle signé)."));
    }

    private static final List<String> SECURITY_MEASURES = List.of(
            "Chiffrement des données personnelles champ par champ (AES-256-GCM), clés hors de la base de données,"
                    + " rotation des clés sans interruption.",
            "Numéro de sécurité sociale chiffré, affiché masqué, recherché par empreinte, jamais dans une adresse,"
                    + " un journal ou un message d’erreur.",
            "Accès refusé par défaut : rôle et affectation au dossier dans le CCAS ; chez un partenaire, les seuls"
                    + " champs autorisés par la convention et choisis par l’agent.",
            "Authentification forte (second facteur) des agents, partenaires et administrateurs ; un identifiant"
                    + " propre à chaque système partenaire.",
            "Journal de chaque accès, chaîné et signé, en ajout seul, lu par les seuls auditeurs ; alertes sur"
                    + " les accès inhabituels.",
            "Échanges avec les partenaires chiffrés et signés (TLS, OpenPGP), avec accusés de réception.",
            "Limitation d’un dossier (RGPD art. 18) et retrait du consentement appliqués immédiatement.",
            "Avertissement du secret professionnel sur chaque écran montrant des données protégées.");

    private static List<String> ordered(Collection<String> categories, List<String> order) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(categories));
        sorted.sort(Comparator.comparingInt(c -> order.contains(c) ? order.indexOf(c) : Integer.MAX_VALUE));
        return List.copyOf(sorted);
    }
}
