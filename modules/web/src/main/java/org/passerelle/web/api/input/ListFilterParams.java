package org.passerelle.web.api.input;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.passerelle.application.referral.ReferralFilter;

/**
 * The filters of the orientations' working lists ({@code @BeanParam}): codes, days and staff
 * usernames only, so that a filtered list may be bookmarked without anything personal in its
 * address. Read as text and parsed by {@link ReferralFilter}: a wrong value is a 422 naming it.
 */
public class ListFilterParams {

    @QueryParam("status")
    @Parameter(description = "Statuses kept (repeat the parameter for several): SENT, RECEIVED, ACCEPTED, ...")
    List<String> status;

    @QueryParam("partner")
    @Parameter(description = "The partner's organisation code (the CCAS's list only)")
    String partner;

    @QueryParam("urgency")
    @Parameter(description = "NORMAL or URGENT")
    String urgency;

    @QueryParam("overdue")
    @Parameter(description = "true: only those past their reminder unanswered; false: only the others")
    String overdue;

    @QueryParam("agent")
    @Parameter(description = "A staff username: the sender (CCAS), the holder or assignee (partner)")
    String agent;

    @QueryParam("from")
    @Parameter(description = "First day sent (created for a draft), YYYY-MM-DD, Europe/Paris")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day sent, included, YYYY-MM-DD")
    String to;

    @QueryParam("scope")
    @Parameter(description = "mine, team (the default) or untaken (no named recipient yet)")
    String scope;

    /** @throws org.passerelle.domain.failure.InvalidInputException (422) naming the wrong parameter */
    public ReferralFilter filter() {
        return ReferralFilter.parse(status, partner, urgency, overdue, agent, from, to, scope);
    }
}
