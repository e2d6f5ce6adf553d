package org.passerelle.testing.people;

import static org.passerelle.testing.people.Category.CONTACT;
import static org.passerelle.testing.people.Category.FAMILY;
import static org.passerelle.testing.people.Category.HEALTH;
import static org.passerelle.testing.people.Category.HOUSING;
import static org.passerelle.testing.people.Category.IDENTITY;
import static org.passerelle.testing.people.Category.NIR;
import static org.passerelle.testing.people.Category.NOTES;
import static org.passerelle.testing.people.Category.RESOURCES;
import static org.passerelle.testing.people.Category.RSA;

import java.util.List;
import org.passerelle.testing.people.Usager.Note;
import org.passerelle.testing.people.Usager.NoteType;
import org.passerelle.testing.people.Usager.Situation;

/**
 * The kinds of situations a CCAS follows. Each usager draws one, and their situation, notes and
 * consents come from it, so that a dossier reads as one coherent story (a pensioner is not on the
 * RSA, health data goes to the CPAM and never to the CAF).
 *
 * <p>Texts written {@code "woman|man"} have a variant per sex. Every profile has notes of both
 * types and at least one sharing purpose, its first being the one every informed usager consents to.
 */
enum Profile {
    SINGLE_ON_RSA(
            26,
            60,
            0.5,
            texts("Femme seule, sans enfant|Homme seul, sans enfant", "Personne seule, un enfant majeur hors du foyer"),
            texts(
                    "RSA socle : 646 € par mois",
                    "RSA socle et APL ; dette d'énergie de 420 €",
                    "RSA socle, aucune autre ressource"),
            texts(
                    "Locataire du parc social, T2, loyer résiduel 95 €",
                    "Hébergée chez une amie depuis quatre mois|Hébergé chez un ami depuis quatre mois",
                    "Locataire du parc privé, studio, loyer 390 €"),
            texts(
                    "Bénéficiaire du RSA socle, orientation vers le Département, CER à renouveler",
                    "Bénéficiaire du RSA depuis 2024, accompagnement social par le CCAS"),
            0.25,
            texts("Suivi en addictologie (CSAPA), soins réguliers"),
            new Situation(
                    null,
                    null,
                    "Relogée en parc social, T1 bis, entrée dans les lieux le mois dernier"
                            + "|Relogé en parc social, T1 bis, entrée dans les lieux le mois dernier",
                    null,
                    null),
            List.of(
                    interne(
                            NOTES,
                            "Premier entretien : demande d'aide pour une facture d'énergie. Peu de liens familiaux."),
                    partageable(
                            RSA,
                            "Contrat d'engagements réciproques à renouveler ; souhaite une formation dans la logistique."),
                    partageable(RESOURCES, "Secours énergie instruit et accordé par la commission d'aide facultative."),
                    interne(HOUSING, "Hébergement précaire, risque de rupture ; à revoir dans un mois.")),
            List.of(
                    sharing("dept-49", "insertion-rsa", IDENTITY, CONTACT, RESOURCES, RSA),
                    sharing("caf-49", "acces-aux-droits", IDENTITY, CONTACT, FAMILY, RESOURCES))),

    SINGLE_PARENT(
            22,
            50,
            0.8,
            texts(
                    "Mère seule avec deux enfants (6 et 9 ans)|Père seul avec deux enfants (6 et 9 ans)",
                    "Mère seule, un enfant de 3 ans|Père seul, un enfant de 3 ans",
                    "Mère seule avec trois enfants|Père seul avec trois enfants"),
            texts(
                    "RSA majoré et allocations familiales ; pension alimentaire non versée",
                    "Salaire à mi-temps (690 €), prime d'activité, allocations familiales"),
            texts("Locataire du parc privé, T3, loyer 560 €, deux mois d'impayés", "Locataire du parc social, T3"),
            texts("RSA majoré (parent isolé) depuis 2025", "Non bénéficiaire du RSA (revenus d'activité)"),
            0.15,
            texts("Suivi de grossesse par la PMI|Enfant suivi en CMPP"),
            new Situation(
                    null, "Reprise d'emploi en CDD (24 h par semaine), prime d'activité demandée", null, null, null),
            List.of(
                    interne(
                            FAMILY,
                            "Séparation récente, relations conflictuelles avec l'ex-conjoint : ne jamais communiquer l'adresse."),
                    partageable(RESOURCES, "ASF à demander à la CAF : pension alimentaire non versée depuis six mois."),
                    partageable(HOUSING, "Impayés de loyer : plan d'apurement proposé au bailleur, FSL sollicité."),
                    interne(
                            NOTES,
                            "Rendez-vous manqué, rappelée par téléphone ; nouveau rendez-vous fixé."
                                    + "|Rendez-vous manqué, rappelé par téléphone ; nouveau rendez-vous fixé.")),
            List.of(
                    sharing("caf-49", "acces-aux-droits", IDENTITY, CONTACT, FAMILY, RESOURCES),
                    sharing("caf-49", "aide-logement", IDENTITY, CONTACT, HOUSING, RESOURCES))),

    WORKING_POOR(
            25,
            60,
            0.5,
            texts("Couple avec trois enfants", "Personne seule", "Couple sans enfant"),
            texts(
                    "Salaire à temps partiel (980 €) et prime d'activité",
                    "Intérim irrégulier, de 600 à 1 100 € selon les mois"),
            texts(
                    "Locataire du parc privé, loyer 610 €, trois mois d'impayés, commandement de payer reçu",
                    "Propriétaire d'une maison ancienne, chauffage au fioul, crédit en cours"),
            texts(
                    "Non bénéficiaire (revenus au-dessus du plafond)",
                    "Éligibilité au RSA à étudier (revenus variables)"),
            0.1,
            texts("Lombalgie chronique, arrêts de travail répétés"),
            new Situation(null, null, "Plan d'apurement signé avec le bailleur, FSL accordé", null, null),
            List.of(
                    partageable(
                            HOUSING,
                            "Commandement de payer : saisine de la CCAPEX envisagée, FSL maintien à instruire."),
                    interne(RESOURCES, "Découvert bancaire chronique ; orientation vers le Point conseil budget."),
                    partageable(RESOURCES, "Dossier de surendettement à constituer avec le Point conseil budget.")),
            List.of(
                    sharing("caf-49", "aide-logement", IDENTITY, CONTACT, HOUSING, RESOURCES),
                    sharing("caf-49", "acces-aux-droits", IDENTITY, CONTACT, FAMILY, RESOURCES))),

    PENSIONER(
            66,
            92,
            0.6,
            texts("Veuve, vit seule|Veuf, vit seul", "Couple de retraités"),
            texts("Pension de retraite 870 € ; ASPA à demander", "ASPA et retraite complémentaire : 1 030 € au total"),
            texts(
                    "Propriétaire d'une maison de bourg, logement peu adapté (escaliers)",
                    "Locataire du parc social, rez-de-chaussée"),
            texts("Non concernée (plus de 65 ans)|Non concerné (plus de 65 ans)"),
            0.8,
            texts(
                    "Perte d'autonomie, APA à demander ; passage infirmier quotidien",
                    "Diabète de type 2 (ALD), renoncement aux soins dentaires",
                    "Sortie d'hospitalisation récente, aide à domicile à organiser"),
            new Situation(null, "ASPA accordée avec effet rétroactif", null, null, null),
            List.of(
                    interne(
                            NOTES,
                            "Visite à domicile avec l'infirmière : isolement important, peu de visites de la famille."),
                    partageable(
                            HEALTH,
                            "Complémentaire santé solidaire à demander ; reste à charge élevé sur les soins dentaires."),
                    partageable(RESOURCES, "Demande d'ASPA transmise à la caisse de retraite.")),
            List.of(
                    sharing("cpam-49", "acces-aux-soins", IDENTITY, CONTACT, NIR, HEALTH),
                    sharing("caf-49", "aide-logement", IDENTITY, CONTACT, HOUSING, RESOURCES))),

    YOUNG_ADULT(
            18,
            24,
            0.5,
            texts("Personne seule, en rupture familiale", "Personne seule"),
            texts(
                    "Aucune ressource ; contrat d'engagement jeune en cours d'ouverture",
                    "Allocation du contrat d'engagement jeune : 545 € par mois"),
            texts(
                    "Hébergée par une amie, sans bail|Hébergé par un ami, sans bail",
                    "Foyer de jeunes travailleurs, redevance 420 €"),
            texts("Non éligible au RSA (moins de 25 ans, sans enfant)"),
            0.5,
            texts("Pas de médecin traitant ; droits à l'assurance maladie à mettre à jour"),
            new Situation(null, null, "Entrée en foyer de jeunes travailleurs", null, null),
            List.of(
                    interne(
                            FAMILY,
                            "Rupture avec la famille depuis la majorité : sujet sensible, ne pas l'aborder devant les partenaires."),
                    partageable(RESOURCES, "Orientation vers la Mission locale pour un contrat d'engagement jeune."),
                    partageable(
                            HEALTH,
                            "Droits à l'assurance maladie à rouvrir ; complémentaire santé solidaire à demander.")),
            List.of(
                    sharing("cpam-49", "acces-aux-soins", IDENTITY, CONTACT, NIR, HEALTH),
                    sharing("caf-49", "aide-logement", IDENTITY, CONTACT, HOUSING, RESOURCES))),

    DISABILITY(
            30,
            64,
            0.5,
            texts("Personne seule", "Vit avec sa mère âgée"),
            texts("AAH : 1 033 € par mois", "Pension d'invalidité (catégorie 2) et AAH différentielle"),
            texts("Locataire du parc social, logement adapté", "Hébergée chez un parent|Hébergé chez un parent"),
            texts("Non bénéficiaire (AAH)"),
            0.9,
            texts(
                    "Reconnaissance MDPH, suivi psychiatrique au CMP",
                    "Sclérose en plaques, kinésithérapie chaque semaine"),
            null,
            List.of(
                    interne(HEALTH, "Hospitalisation récente ; éviter les rendez-vous tôt le matin."),
                    partageable(RESOURCES, "Renouvellement de l'AAH à préparer avec la MDPH (échéance dans six mois)."),
                    interne(
                            NOTES,
                            "Accompagnée par sa sœur aux rendez-vous, à sa demande."
                                    + "|Accompagné par sa sœur aux rendez-vous, à sa demande.")),
            List.of(
                    sharing("cpam-49", "acces-aux-soins", IDENTITY, CONTACT, NIR, HEALTH),
                    sharing("caf-49", "acces-aux-droits", IDENTITY, CONTACT, RESOURCES))),

    UNEMPLOYED_FAMILY(
            28,
            55,
            0.5,
            texts("Couple avec deux enfants (4 et 11 ans)", "Couple avec quatre enfants"),
            texts(
                    "ARE (1 150 €) et salaire du conjoint (1 300 €)",
                    "Fin de droits ARE dans deux mois ; allocations familiales"),
            texts("Locataire du parc privé, T4, loyer 720 €", "Locataire du parc social, T4"),
            texts("Demande de RSA à prévoir à la fin des droits ARE", "Demande de RSA en cours d'instruction"),
            0.1,
            texts("Enfant en attente d'un bilan orthophonique"),
            new Situation(
                    null,
                    null,
                    null,
                    null,
                    "Bénéficiaire du RSA depuis le mois dernier, orientation vers le Département"),
            List.of(
                    partageable(
                            RSA,
                            "Ouverture des droits RSA à accompagner ; orientation socio-professionnelle à proposer."),
                    interne(FAMILY, "Tensions dans le couple évoquées pendant l'entretien."),
                    partageable(RESOURCES, "Aide aux frais de cantine accordée pour le trimestre.")),
            List.of(
                    sharing("dept-49", "insertion-rsa", IDENTITY, CONTACT, FAMILY, RESOURCES, RSA),
                    sharing("caf-49", "acces-aux-droits", IDENTITY, CONTACT, FAMILY, RESOURCES)));

    /** What a consent and its prior notice cover: one recipient, one purpose code, some categories. */
    record Sharing(String recipient, String purpose, List<Category> categories) {}

    final int minAge;
    final int maxAge;
    /** The share of women among the usagers of this profile. */
    final double women;

    final List<String> households;
    final List<String> resources;
    final List<String> housings;
    final List<String> rsaStatuses;
    /** The share of dossiers of this profile that hold health notes. */
    final double withHealthNotes;

    final List<String> healthNotes;
    /** The later change to the situation, or null. */
    final Situation update;

    final List<Note> notes;
    final List<Sharing> sharings;

    Profile(
            int minAge,
            int maxAge,
            double women,
            List<String> households,
            List<String> resources,
            List<String> housings,
            List<String> rsaStatuses,
            double withHealthNotes,
            List<String> healthNotes,
            Situation update,
            List<Note> notes,
            List<Sharing> sharings) {
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.women = women;
        this.households = households;
        this.resources = resources;
        this.housings = housings;
        this.rsaStatuses = rsaStatuses;
        this.withHealthNotes = withHealthNotes;
        this.healthNotes = healthNotes;
        this.update = update;
        this.notes = notes;
        this.sharings = sharings;
    }

    /** The variant of a {@code "woman|man"} text for this person; a text without a bar for anyone. */
    static String forSex(String text, boolean woman) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            return text;
        }
        return woman ? text.substring(0, bar) : text.substring(bar + 1);
    }

    private static List<String> texts(String... texts) {
        return List.of(texts);
    }

    private static Note interne(Category category, String body) {
        return new Note(NoteType.INTERNE, category, body);
    }

    private static Note partageable(Category category, String body) {
        return new Note(NoteType.PARTAGEABLE, category, body);
    }

    private static Sharing sharing(String recipient, String purpose, Category... categories) {
        return new Sharing(recipient, purpose, List.of(categories));
    }
}
