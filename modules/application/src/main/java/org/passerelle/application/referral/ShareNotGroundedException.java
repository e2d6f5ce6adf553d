package org.passerelle.application.referral;

import org.passerelle.secrecy.referral.ShareGrounding;

/**
 * An orientation cannot be sent yet because the usager's information or consent it needs is not
 * on record (S4): {@code prior-notice-missing} or {@code consent-missing}. A 409: recording the
 * notice or the consent, then sending again, succeeds.
 */
public class ShareNotGroundedException extends RuntimeException {

    public static final String PRIOR_NOTICE_MISSING = ShareGrounding.PRIOR_NOTICE_MISSING;
    public static final String CONSENT_MISSING = ShareGrounding.CONSENT_MISSING;

    private final String code;

    public ShareNotGroundedException(String code) {
        super("Share not grounded: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
