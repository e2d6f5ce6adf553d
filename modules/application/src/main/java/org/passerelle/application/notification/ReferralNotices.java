package org.passerelle.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralAcknowledgedLate;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralEscalated;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralHandedOver;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralReminded;
import org.passerelle.domain.referral.ReferralTransitioned;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * Who is told of what happens to an orientation (DESIGN §4: the other side), and in which words:
 * <ul>
 * <li>the partner organisation's mailbox, when an orientation is sent to it, when the CCAS cancels
 * it (by hand or through a consent withdrawal, S5), when the CCAS writes a message, on the reminder
 * and, for an URGENT one, on the escalation to its manager a day later;</li>
 * <li>the sending agent, on every move of the partner (acknowledge, accept, reject, start, hold,
 * resume, complete, fail, cancel), on its messages, on a handover to another caseworker, on the
 * reminder, the escalation and the expiry.</li>
 * </ul>
 * The words hold no personal data (no usager value, no triage reason, no message, no free code):
 * organisation names, the orientation's id, status, cadre, purpose code, date and a link. It
 * observes each {@link ReferralChange} inside its transaction (the names are read there); the
 * e-mail goes once the transaction commits ({@link NoticeMailer}); a rolled-back change sends nothing.
 */
@ApplicationScoped
public class ReferralNotices {

    private static final Logger LOG = Logger.getLogger(ReferralNotices.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(PARIS);
    private static final String PREFIX = "Passerelle – ";

    @Inject
    OrganisationRepository organisations;

    @Inject
    NotificationConfig config;

    @Inject
    Event<Notice> notices;

    /** Tells the other side of a change, inside its transaction; {@link NoticeMailer} sends it once it commits. */
    void tell(@Observes(during = TransactionPhase.IN_PROGRESS) ReferralChange change) {
        notices(change).forEach(notices::fire);
    }

    /**
     * The e-mails a change calls for: the CCAS side tells the partner, the partner side the sender,
     * and Passerelle's timers the sender (reminder, escalation, expiry) and the partner (reminder,
     * escalation).
     */
    List<Notice> notices(ReferralChange change) {
        if (change.referral().sentAt() == null) {
            return List.of(); // a draft is the CCAS's own business
        }
        return switch (change.side()) {
            case CCAS -> toPartner(change).stream().toList();
            case PARTNER -> toSender(change).stream().toList();
            case PASSERELLE ->
                Stream.concat(toSender(change).stream(), toPartner(change).stream())
                        .toList();
        };
    }

    /** A subject (after {@link #PREFIX}) and the sentence that opens the body. */
    private record Words(String subject, String what) {

        /** The subject followed by the organisation's name, the sentence preceded by it; none without words. */
        static Words naming(Words words, String name) {
            return words == null ? null : new Words(words.subject() + name, name + words.what());
        }
    }

    /** What the sender reads of each move of the partner: the subject before its name, the sentence after it. */
    private static final Map<Transition, Words> PARTNER_MOVES = new EnumMap<>(Map.of(
            Transition.ACKNOWLEDGE, new Words("Orientation reçue par : ", " a accusé réception de l'orientation."),
            Transition.ACCEPT,
                    new Words(
                            "Orientation acceptée par : ",
                            " a accepté l'orientation ; un professionnel nommé en est désormais le destinataire."),
            Transition.REJECT,
                    new Words(
                            "Orientation refusée par : ", " a refusé l'orientation. Le motif se lit dans Passerelle."),
            Transition.START, new Words("Accompagnement commencé par : ", " a commencé l'accompagnement."),
            Transition.HOLD, new Words("Accompagnement suspendu par : ", " a suspendu l'accompagnement."),
            Transition.RESUME, new Words("Accompagnement repris par : ", " a repris l'accompagnement."),
            Transition.COMPLETE,
                    new Words(
                            "Orientation terminée par : ",
                            " a terminé l'orientation. Le résultat se lit dans Passerelle."),
            Transition.FAIL,
                    new Words(
                            "Orientation close sans aboutir par : ",
                            " a clos l'orientation sans qu'elle aboutisse. Le résultat se lit dans Passerelle."),
            Transition.CANCEL, new Words("Orientation annulée par : ", " a annulé l'orientation.")));

    private static final Words MESSAGE = new Words(
            "Nouveau message sur une orientation de : ",
            " a écrit un message sur l'orientation. Il se lit dans Passerelle.");

    private static final Words HANDOVER = new Words(
            "Orientation confiée à un autre professionnel par : ",
            " a confié l'orientation à un autre professionnel nommé, qui en est désormais le destinataire."
                    + " Le motif se lit dans Passerelle.");

    /**
     * The partner organisation's mailbox hears of an arrival, a cancellation and a message of the
     * CCAS, of a reminder, and of an escalation (addressed to its manager).
     */
    private Optional<Notice> toPartner(ReferralChange change) {
        Referral referral = change.referral();
        Organisation partner = organisation(referral.partner());
        String ccas = organisation(referral.organisationCode()).name();
        boolean urgent = referral.urgency() == Urgency.URGENT;
        Words words = switch (change) {
            case ReferralTransitioned moved
            when moved.transition() == Transition.SEND ->
                new Words(
                        "Nouvelle orientation" + (urgent ? " urgente" : "") + " de : " + ccas,
                        ccas + " vous adresse une orientation" + (urgent ? " urgente" : "")
                                + ". Un professionnel de votre organisation peut en prendre connaissance (vue de tri) et"
                                + " l'accepter ou la refuser dans Passerelle.");
            case ReferralTransitioned moved
            when moved.transition() == Transition.CANCEL ->
                new Words(
                        "Orientation annulée par : " + ccas,
                        ccas + " a annulé l'orientation"
                                + switch (moved.actor()) {
                                    case CONSENT_WITHDRAWAL ->
                                        ReferralEvent.OBJECTION.equals(moved.code())
                                                ? " à la suite d'une opposition de la personne"
                                                : " à la suite d'un retrait de consentement";
                                    case CASE_CLOSURE -> " : le dossier de la personne est clos";
                                    default -> "";
                                }
                                + ". L'accès aux informations partagées est clos.");
            case ReferralMessaged messaged -> Words.naming(MESSAGE, ccas);
            case ReferralReminded reminded ->
                new Words(
                        "Relance : orientation" + (urgent ? " urgente" : "") + " en attente de réponse, de : " + ccas,
                        ccas + " attend toujours votre réponse à l'orientation"
                                + (urgent ? " urgente" : "")
                                + " qu'il vous a adressée le " + DATE.format(referral.sentAt()) + ".");
            case ReferralEscalated escalated ->
                new Words(
                        "À l'attention du responsable : orientation urgente sans réponse, de : " + ccas,
                        "À l'attention du responsable de " + partner.name() + " : l'orientation urgente que " + ccas
                                + " vous a adressée le " + DATE.format(referral.sentAt())
                                + " reste sans réponse malgré la relance de la veille. Merci de la faire"
                                + " prendre en charge ou de répondre.");
            default -> null;
        };
        return notice(change, partner.notificationEmail(), words, partner.name(), ccas, "/ui/link/inbox/");
    }

    /** The sending agent hears of every move and message of the partner, of the reminder, escalation and expiry. */
    private Optional<Notice> toSender(ReferralChange change) {
        Referral referral = change.referral();
        String partner = organisation(referral.partner()).name();
        String ccas = organisation(referral.organisationCode()).name();
        String sent = "L'orientation envoyée le " + DATE.format(referral.sentAt());
        Words words = switch (change) {
            case ReferralTransitioned moved
            when moved.transition() == Transition.EXPIRE ->
                new Words(
                        "Orientation expirée sans réponse de : " + partner,
                        sent + " a expiré sans réponse de " + partner + ". Le partenaire n'y a plus accès.");
            case ReferralReminded reminded ->
                new Words(
                        "Relance : orientation sans réponse de : " + partner,
                        sent + " attend toujours la réponse de " + partner + ".");
            case ReferralEscalated escalated ->
                new Words(
                        "Escalade : orientation urgente sans réponse de : " + partner,
                        sent + ", urgente, reste sans réponse de " + partner
                                + " malgré la relance : son responsable en est averti.");
            // none for SEND: the sender's own move, told to the partner
            case ReferralTransitioned moved -> Words.naming(PARTNER_MOVES.get(moved.transition()), partner);
            case ReferralAcknowledgedLate acknowledged ->
                Words.naming(PARTNER_MOVES.get(Transition.ACKNOWLEDGE), partner);
            case ReferralMessaged messaged -> Words.naming(MESSAGE, partner);
            // an assignment is the partner's own dispatch; a handover changes who the sender deals with
            case ReferralHandedOver handed ->
                handed.change() == RecipientChange.HANDOVER ? Words.naming(HANDOVER, partner) : null;
        };
        return notice(change, referral.senderEmail(), words, partner, ccas, "/ui/link/referral/");
    }

    /** The notice, if there are words for this change and an address to send them to. */
    private Optional<Notice> notice(
            ReferralChange change, String address, Words words, String partner, String ccas, String path) {
        Referral referral = change.referral();
        if (words == null) {
            return Optional.empty();
        }
        if (address == null || address.isBlank()) {
            LOG.debugf("No notification address for orientation %s: %s not told", referral.id(), change.kind());
            return Optional.empty();
        }
        return Optional.of(new Notice(
                address,
                referral.id(),
                change.kind(),
                PREFIX + words.subject(),
                body(referral, words.what(), partner, ccas, change.at(), path)));
    }

    private String body(Referral referral, String what, String partner, String ccas, Instant at, String path) {
        return "Bonjour,\n\n" + what + "\n\n"
                + "Orientation : " + referral.id() + "\n"
                + "De : " + ccas + "\n"
                + "À : " + partner + "\n"
                + "Cadre : " + cadre(referral) + "\n"
                + "Objet (code) : " + referral.purpose() + "\n"
                + "Statut : " + status(referral.status()) + "\n"
                + "Date : " + DATE.format(at) + " (heure de Paris)\n\n"
                + "Pour la suite, connectez-vous à Passerelle :\n"
                + config.publicUrl() + path + referral.id() + "\n\n"
                + "Ce message ne contient aucune donnée personnelle ; les informations partagées ne se lisent que"
                + " dans Passerelle, sous secret partagé (Code pénal 226-13). Merci de ne pas répondre à ce message.\n";
    }

    private static String cadre(Referral referral) {
        String label = switch (referral.cadre()) {
            case SOCIAL_ACTION -> "action sociale";
            case CHILD_PROTECTION -> "protection de l'enfance";
            case RSA -> "RSA";
            case HEALTH -> "santé";
            case CONSENT -> "consentement";
        };
        return label + " (" + referral.cadre().legalSource() + ")";
    }

    static String status(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> "brouillon";
            case SENT -> "envoyée";
            case RECEIVED -> "reçue";
            case ACCEPTED -> "acceptée";
            case REJECTED -> "refusée";
            case IN_PROGRESS -> "en cours";
            case ON_HOLD -> "suspendue";
            case COMPLETED -> "terminée";
            case FAILED -> "close sans aboutir";
            case CANCELLED -> "annulée";
            case EXPIRED -> "expirée";
        };
    }

    private Organisation organisation(String code) {
        Optional<Organisation> organisation = organisations.find(code);
        return organisation.orElseThrow(() -> new IllegalStateException("An orientation's organisation is gone"));
    }
}
