package org.passerelle.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralAcknowledgedLate;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralChange.Side;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralReminded;
import org.passerelle.domain.referral.ReferralTransitioned;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * Who is told of what happens to an orientation (DESIGN §4: the other side), and in which words:
 * <ul>
 * <li>the partner organisation's mailbox, when an orientation is sent to it, when the CCAS cancels
 * it (by hand or through a consent withdrawal, S5) and when the CCAS writes a message;</li>
 * <li>the sending agent, on every move of the partner (acknowledge, accept, reject, start, hold,
 * resume, complete, fail, cancel), on its messages, on the reminder and on the expiry.</li>
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(PARIS);
    private static final String PREFIX = "Passerelle – ";

    @Inject
    OrganisationRepository organisations;

    @Inject
    NotificationConfig config;

    @Inject
    Event<Notice> notices;

    /** Tells the other side of a change, inside its transaction; {@link NoticeMailer} sends it once it commits. */
    void tell(@Observes(during = TransactionPhase.IN_PROGRESS) ReferralChange change) {
        notice(change).ifPresent(notices::fire);
    }

    /** The e-mail a change calls for, if any: the CCAS side tells the partner, the partner side and the timers the sender. */
    Optional<Notice> notice(ReferralChange change) {
        if (change.referral().sentAt() == null) {
            return Optional.empty(); // a draft is the CCAS's own business
        }
        return change.side() == Side.CCAS ? toPartner(change) : toSender(change);
    }

    private Optional<Notice> toPartner(ReferralChange change) {
        Referral referral = change.referral();
        Organisation partner = organisation(referral.partner());
        String ccas = organisation(referral.organisationCode()).name();
        String subject;
        String what;
        switch (change) {
            case ReferralTransitioned moved when moved.transition() == Transition.SEND -> {
                boolean urgent = referral.urgency() == Urgency.URGENT;
                subject = "Nouvelle orientation" + (urgent ? " urgente" : "") + " de : " + ccas;
                what = ccas + " vous adresse une orientation" + (urgent ? " urgente" : "")
                        + ". Un professionnel de votre organisation peut en prendre connaissance (vue de tri) et"
                        + " l'accepter ou la refuser dans Passerelle.";
            }
            case ReferralTransitioned moved when moved.transition() == Transition.CANCEL -> {
                subject = "Orientation annulée par : " + ccas;
                what = ccas + " a annulé l'orientation"
                        + (moved.actor() == ReferralActor.CONSENT_WITHDRAWAL
                        ? " à la suite d'un retrait de consentement" : "")
                        + ". L'accès aux informations partagées est clos.";
            }
            case ReferralMessaged messaged -> {
                subject = "Nouveau message sur une orientation de : " + ccas;
                what = ccas + " a écrit un message sur l'orientation. Il se lit dans Passerelle.";
            }
            default -> {
                return Optional.empty();
            }
        }
        String address = partner.notificationEmail();
        if (address == null || address.isBlank()) {
            LOG.debugf("No notification address for %s: %s of orientation %s not told", partner.code(), change.kind(),
                    referral.id());
            return Optional.empty();
        }
        return Optional.of(new Notice(address, referral.id(), change.kind(), PREFIX + subject,
                body(referral, what, partner.name(), ccas, change.at(), "/ui/link/inbox/")));
    }

    private Optional<Notice> toSender(ReferralChange change) {
        Referral referral = change.referral();
        String partner = organisation(referral.partner()).name();
        String ccas = organisation(referral.organisationCode()).name();
        String subject;
        String what;
        switch (change) {
            case ReferralTransitioned moved -> {
                switch (moved.transition()) {
                    case ACKNOWLEDGE -> {
                        subject = "Orientation reçue par : " + partner;
                        what = partner + " a accusé réception de l'orientation.";
                    }
                    case ACCEPT -> {
                        subject = "Orientation acceptée par : " + partner;
                        what = partner + " a accepté l'orientation ; un professionnel nommé en est désormais le"
                                + " destinataire.";
                    }
                    case REJECT -> {
                        subject = "Orientation refusée par : " + partner;
                        what = partner + " a refusé l'orientation. Le motif se lit dans Passerelle.";
                    }
                    case START -> {
                        subject = "Accompagnement commencé par : " + partner;
                        what = partner + " a commencé l'accompagnement.";
                    }
                    case HOLD -> {
                        subject = "Accompagnement suspendu par : " + partner;
                        what = partner + " a suspendu l'accompagnement.";
                    }
                    case RESUME -> {
                        subject = "Accompagnement repris par : " + partner;
                        what = partner + " a repris l'accompagnement.";
                    }
                    case COMPLETE -> {
                        subject = "Orientation terminée par : " + partner;
                        what = partner + " a terminé l'orientation. Le résultat se lit dans Passerelle.";
                    }
                    case FAIL -> {
                        subject = "Orientation close sans aboutir par : " + partner;
                        what = partner + " a clos l'orientation sans qu'elle aboutisse. Le résultat se lit dans"
                                + " Passerelle.";
                    }
                    case CANCEL -> {
                        subject = "Orientation annulée par : " + partner;
                        what = partner + " a annulé l'orientation.";
                    }
                    case EXPIRE -> {
                        subject = "Orientation expirée sans réponse de : " + partner;
                        what = "L'orientation envoyée le " + DATE.format(referral.sentAt()) + " a expiré sans réponse"
                                + " de " + partner + ". Le partenaire n'y a plus accès.";
                    }
                    case SEND -> {
                        return Optional.empty(); // the sender's own, told to the partner
                    }
                    default -> throw new IllegalStateException("Unworded transition " + moved.transition());
                }
            }
            case ReferralAcknowledgedLate acknowledged -> {
                subject = "Orientation reçue par : " + partner;
                what = partner + " a accusé réception de l'orientation.";
            }
            case ReferralMessaged messaged -> {
                subject = "Nouveau message sur une orientation de : " + partner;
                what = partner + " a écrit un message sur l'orientation. Il se lit dans Passerelle.";
            }
            case ReferralReminded reminded -> {
                subject = "Relance : orientation sans réponse de : " + partner;
                what = "L'orientation envoyée le " + DATE.format(referral.sentAt()) + " attend toujours la réponse de "
                        + partner + ".";
            }
        }
        String address = referral.senderEmail();
        if (address == null || address.isBlank()) {
            LOG.debugf("No notification address for the sender of orientation %s: %s not told", referral.id(),
                    change.kind());
            return Optional.empty();
        }
        return Optional.of(new Notice(address, referral.id(), change.kind(), PREFIX + subject,
                body(referral, what, partner, ccas, change.at(), "/ui/link/referral/")));
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
