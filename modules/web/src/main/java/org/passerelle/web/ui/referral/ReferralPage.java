package org.passerelle.web.ui.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PreviewView;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralView;
import org.passerelle.application.referral.TransitionDetails;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;

/**
 * An orientation as its sender sees it. A draft shows what was picked beside what the partner will
 * see (the service's preview, computed by the same rules as the share), and is sent from here; a
 * sent one shows its status, the partner's answers and outcome, and may be withdrawn.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferralService referrals;

    @Inject
    transient Caller caller;

    private String id;
    private UUID referralId;
    private ReferralView referral;
    private PreviewView preview;
    private String message;
    private String cancelReason = "USAGER_RENONCE";

    public void load() {
        referralId = UiPages.id(id);
        if (referralId == null) {
            return;
        }
        referral = UiProblems.attempt(() -> referrals.read(caller, referralId));
        if (referral != null && referral.status() == ReferralStatus.DRAFT) {
            preview = UiProblems.attempt(() -> referrals.preview(caller, referralId));
        }
    }

    public String send() {
        return done(UiProblems.attempt(() -> referrals.send(caller, referralId)), "referral.sent");
    }

    public String cancel() {
        return done(
                UiProblems.attempt(
                        () -> referrals.cancel(caller, referralId, new TransitionDetails(cancelReason, message))),
                "referral.cancelled");
    }

    public String sendMessage() {
        return done(
                UiProblems.attempt(() -> referrals.message(caller, referralId, new TransitionDetails(null, message))),
                "referral.message.sent");
    }

    private String done(Object result, String messageKey) {
        return UiPages.done(result, messageKey, "/ui/referrals/referral.xhtml", referralId);
    }

    public boolean may(String transition) {
        return referral != null && referral.availableTransitions().contains(Transition.valueOf(transition));
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public PreviewView getPreview() {
        return preview;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String v) {
        message = v;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String v) {
        cancelReason = v;
    }

    public String[] getCancelReasons() {
        return new String[] {"USAGER_RENONCE", "SITUATION_RESOLUE", "ERREUR_ORIENTATION"};
    }
}
