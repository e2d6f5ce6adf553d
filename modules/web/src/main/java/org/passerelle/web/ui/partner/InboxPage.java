package org.passerelle.web.ui.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.PartnerReferralView;
import org.passerelle.application.referral.ReferralFilter;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.web.ui.UiFilteredList;

/**
 * The partner caseworker's inbox: the triage view of each orientation, no personal field (S2),
 * filtered by a GET form (status, urgency, overdue, mine or not yet taken; codes and staff
 * usernames only in the address), a page at a time. Only the page shown is opened and journaled.
 */
@Named
@RequestScoped
public class InboxPage extends UiFilteredList<PartnerReferralView> {

    static final String PATH = "/ui/inbox/list.xhtml";

    /** The statuses an inbox holds: sent and not ended (S7). */
    private static final List<String> STATUSES = Arrays.stream(ReferralStatus.values())
            .filter(s -> s.isOpen() && s != ReferralStatus.DRAFT)
            .map(Enum::name)
            .toList();

    @Inject
    PartnerReferralService referrals;

    @Inject
    Caller caller;

    @Override
    protected PagedList<PartnerReferralView> fetch(ReferralFilter filter, Paging paging) {
        return referrals.inbox(caller, filter, paging);
    }

    @Override
    protected String path() {
        return PATH;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }
}
