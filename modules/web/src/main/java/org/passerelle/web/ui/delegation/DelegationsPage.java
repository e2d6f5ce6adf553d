package org.passerelle.web.ui.delegation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.dossier.DelegationService;
import org.passerelle.application.dossier.DelegationView;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Role;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * "Délégations" (S6): an agent delegates a colleague on their dossiers for a period, sees the
 * delegations they gave and received, and ends one of theirs early; the CCAS manager sees those
 * of the whole CCAS, gives one for any agent and ends any; the DPO reads them. Dates are days in
 * Paris time: a delegation runs from the start of its first day (now, when that is today) to the
 * end of its last.
 *
 * <p>Request-scoped: the row a "Mettre fin" button ends is named by the id posted with it, never
 * by its position in a list that may have changed since it was shown.
 */
@Named
@RequestScoped
public class DelegationsPage {

    /** The request parameter naming the delegation a row's form ends. */
    static final String ROW_PARAMETER = "delegation";

    @Inject
    DelegationService delegations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private List<DelegationView> list;
    private String to;
    private String forAgent;
    private LocalDate from;
    private LocalDate until;
    private String reason;

    public List<DelegationView> getList() {
        if (list == null) {
            list = UiProblems.attemptList(() -> delegations.list(caller));
        }
        return list;
    }

    /** Whether the caller gives delegations for others (the CCAS manager). */
    public boolean isManager() {
        return caller.has(Role.CCAS_MANAGER);
    }

    /** Whether the caller may give one at all (an agent, or the CCAS manager); the DPO only reads. */
    public boolean isMayGive() {
        return caller.has(Role.CCAS_AGENT) || caller.has(Role.CCAS_MANAGER);
    }

    /** Whether the caller may end this one: its delegator, or the CCAS manager, while it is not over. */
    public boolean mayEnd(DelegationView d) {
        return d.endable()
                && (caller.has(Role.CCAS_MANAGER)
                        || caller.has(Role.CCAS_AGENT) && d.delegator().equals(caller.username()));
    }

    public String give() {
        if (until == null) {
            UiText.error("delegations.until.required");
            return null;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UiFormat.ZONE);
        Instant start = from == null || !from.isAfter(today)
                ? now
                : from.atStartOfDay(UiFormat.ZONE).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(UiFormat.ZONE).toInstant();
        String delegator = isManager() && forAgent != null && !forAgent.isBlank() ? forAgent.strip() : null;
        String delegate = to == null ? null : to.strip();
        DelegationView given =
                UiProblems.attempt(() -> delegations.give(caller, delegator, delegate, start, end, reason));
        if (given != null) {
            UiText.info("delegations.given");
            to = null;
            forAgent = null;
            from = null;
            until = null;
            reason = null;
            list = null;
        }
        return null;
    }

    public String end() {
        String posted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(ROW_PARAMETER);
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(posted));
        } catch (IllegalArgumentException e) {
            UiText.error("error.not-found");
            return null;
        }
        if (UiProblems.attempt(() -> delegations.end(caller, id)) != null) {
            UiText.info("delegations.ended");
            list = null;
        }
        return null;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getForAgent() {
        return forAgent;
    }

    public void setForAgent(String forAgent) {
        this.forAgent = forAgent;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
