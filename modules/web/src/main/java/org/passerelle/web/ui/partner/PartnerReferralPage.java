package org.passerelle.web.ui.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.PartnerReferralView;
import org.passerelle.application.referral.TransitionDetails;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * An orientation as the partner caseworker sees it: the triage view until they accept it (and
 * become its named recipient), then exactly the fields shared. From here they accept, decline with
 * a coded reason, ask for information, report progress and the outcome.
 */
@Named
@ViewScoped
public class PartnerReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Outcome codes offered when closing an accompaniment (free codes are accepted by the API). */
    private static final List<String> OUTCOMES =
            List.of("DROITS_OUVERTS", "ACCOMPAGNEMENT_REALISE", "ORIENTE_AILLEURS", "INJOIGNABLE", "REFUS_USAGER");

    @Inject
    transient PartnerReferralService referrals;

    @Inject
    transient Caller caller;

    private String id;
    private UUID referralId;
    private PartnerReferralView referral;
    private String rejectionCode;
    private String outcomeCode = OUTCOMES.get(0);
    private String message;

    public void load() {
        referralId = UiPages.id(id);
        if (referralId != null) {
            referral = UiProblems.attempt(() -> referrals.read(caller, referralId, null));
        }
    }

    public String accept() {
        return transition(Transition.ACCEPT, null, "partner.accepted");
    }

    /**
     * Declines with the coded reason and the message DESIGN §4 requires; the service refuses a
     * rejection without one, and the page says so in words rather than naming a field.
     */
    public String reject() {
        if (message == null || message.isBlank()) {
            UiText.error("inbox.reject.message-required");
            return null;
        }
        return transition(Transition.REJECT, rejectionCode, "partner.rejected");
    }

    public String start() {
        return transition(Transition.START, null, "partner.started");
    }

    public String hold() {
        return transition(Transition.HOLD, null, "partner.held");
    }

    public String resume() {
        return transition(Transition.RESUME, null, "partner.resumed");
    }

    public String complete() {
        return transition(Transition.COMPLETE, outcomeCode, "partner.completed");
    }

    public String fail() {
        return transition(Transition.FAIL, outcomeCode, "partner.failed");
    }

    /** Asks the sender for information (or answers them) without changing the status. */
    public String ask() {
        return done(
                UiProblems.attempt(() -> referrals.message(caller, referralId, new TransitionDetails(null, message))),
                "partner.asked");
    }

    private String transition(Transition transition, String code, String messageKey) {
        String next = done(
                UiProblems.attempt(() ->
                        referrals.transition(caller, referralId, transition, new TransitionDetails(code, message))),
                messageKey);
        // Declined or closed: the caseworker's access has ended (S7), back to the inbox.
        boolean ended =
                transition == Transition.REJECT || transition == Transition.COMPLETE || transition == Transition.FAIL;
        return next != null && ended ? UiPages.go("/ui/inbox/list.xhtml", null) : next;
    }

    private String done(Object result, String messageKey) {
        return UiPages.done(result, messageKey, "/ui/inbox/referral.xhtml", referralId);
    }

    public boolean may(String transition) {
        return referral != null && referral.availableTransitions().contains(Transition.valueOf(transition));
    }

    /** Whether the shared fields are shown (after acceptance, to the named recipient). */
    public boolean isShared() {
        return referral != null
                && referral.shared() != null
                && !referral.shared().visibleFields().isEmpty();
    }

    /** The convention's own reasons (another code would be refused), as the API offers them. */
    public List<RejectionReason> getRejectionReasons() {
        return referral == null ? List.of() : referral.rejectionReasons();
    }

    /**
     * A reason as the convention words it (in French, as agreed between the parties); in another
     * language of the pages, the translation of a standard reason where there is one.
     */
    public String rejectionLabel(RejectionReason reason) {
        if (UiText.locale().getLanguage().equals("fr")) {
            return reason.label();
        }
        String translated = UiFormat.label(UiBundle.MESSAGES, "reject", reason.code());
        return translated.equals(reason.code()) ? reason.label() : translated;
    }

    public List<String> getOutcomes() {
        return OUTCOMES;
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public PartnerReferralView getReferral() {
        return referral;
    }

    public String getRejectionCode() {
        return rejectionCode;
    }

    public void setRejectionCode(String v) {
        rejectionCode = v;
    }

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public void setOutcomeCode(String v) {
        outcomeCode = v;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String v) {
        message = v;
    }
}
