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
import org.passerelle.secrecy.Role;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * An orientation as the partner caseworker sees it: the triage view until they accept it (and
 * become its named recipient), then exactly the fields shared. From here they accept, decline with
 * a coded reason, ask for information, report progress and the outcome, and hand it over to a
 * colleague. The partner manager assigns it before acceptance and hands over an accepted one it does
 * not hold, seeing then neither its texts nor its shared fields.
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
    private String holder;
    private String handoverReason;
    private List<String> caseworkers;
    /** The manager's view of an accepted orientation it does not hold: no text, no shared field, no answer. */
    private boolean overview;

    public void load() {
        referralId = UiPages.id(id);
        if (referralId == null) {
            return;
        }
        if (caller.has(Role.PARTNER_MANAGER)) {
            // The manager dispatches what they do not hold: an accepted orientation of a colleague
            // is shown without text or shared field (S2), with the handover form.
            PartnerReferralView dispatch = UiProblems.attempt(() -> referrals.overview(caller, referralId));
            if (dispatch == null) {
                return;
            }
            boolean notMine =
                    dispatch.status().partnerMayRead() && !caller.username().equals(dispatch.recipient());
            if (notMine || !caller.has(Role.PARTNER_CASEWORKER)) {
                referral = dispatch;
                overview = true;
                return;
            }
        }
        referral = UiProblems.attempt(() -> referrals.read(caller, referralId, null));
    }

    public String acknowledge() {
        return transition(Transition.ACKNOWLEDGE, null, "partner.acknowledged");
    }

    /**
     * Assigns (before acceptance, the manager) or hands over (after, the recipient or the manager)
     * to the caseworker chosen, with the reason; the former recipient reads nothing more of it, so
     * they go back to the inbox.
     */
    public String changeRecipient() {
        RecipientChange change = getRecipientChange();
        if (change == null) {
            UiText.error("error.wrong-state");
            return null;
        }
        String to = holder;
        PartnerReferralView changed =
                UiProblems.attempt(() -> referrals.changeRecipient(caller, referralId, change, to, handoverReason));
        if (changed == null) {
            return null;
        }
        UiText.info(change == RecipientChange.HANDOVER ? "partner.handed-over" : "partner.assigned", to);
        boolean stillMine = caller.username().equals(changed.recipient()) || caller.has(Role.PARTNER_MANAGER);
        return stillMine
                ? UiPages.go("/ui/inbox/referral.xhtml", referralId)
                : UiPages.go("/ui/inbox/list.xhtml", null);
    }

    /** What the caller may change of who works on it now (assign before acceptance, else hand over), or null. */
    public RecipientChange getRecipientChange() {
        if (referral == null) {
            return null;
        }
        if (referral.availableRecipientChanges().contains(RecipientChange.HANDOVER)) {
            return RecipientChange.HANDOVER;
        }
        return referral.availableRecipientChanges().contains(RecipientChange.ASSIGN) ? RecipientChange.ASSIGN : null;
    }

    /** The caseworkers of the organisation it may go to: everyone Passerelle knows but whoever holds it now. */
    public List<String> getCaseworkers() {
        if (caseworkers == null) {
            List<String> known = UiProblems.attemptList(() -> referrals.caseworkers(caller));
            String current =
                    getRecipientChange() == RecipientChange.ASSIGN ? referral.assignee() : referral.recipient();
            caseworkers = known == null
                    ? List.of()
                    : known.stream().filter(n -> !n.equals(current)).toList();
        }
        return caseworkers;
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

    public boolean isOverview() {
        return overview;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String v) {
        holder = v;
    }

    public String getHandoverReason() {
        return handoverReason;
    }

    public void setHandoverReason(String v) {
        handoverReason = v;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String v) {
        message = v;
    }
}
