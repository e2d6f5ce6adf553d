package org.passerelle.web.ui.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.indicator.IndicatorService;
import org.passerelle.application.indicator.ReferralIndicatorView;
import org.passerelle.web.ui.UiProblems;

/**
 * How fast the partners answer the CCAS's orientations, per partner and month: a table (the
 * accessible source) and a bar chart per partner drawn on the server. The last twelve months
 * unless the auditor picks a period. Loaded once per request (before rendering on a GET, in the
 * action on a POST), so that a display reads, and journals, the figures once.
 */
@Named("auditIndicators")
@RequestScoped
public class IndicatorBean {

    @Inject
    Caller caller;

    @Inject
    IndicatorService indicators;

    @Inject
    AuditFormat format;

    private String from;
    private String to;
    private List<ReferralIndicatorView> rows = List.of();
    private List<PartnerChart> charts = List.of();

    /**
     * The default period on first display, before rendering (preRenderView) so that a refusal's
     * message appears at the top of the page; a POST loads in its action instead.
     */
    public void prepare() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            load();
        }
    }

    public String show() {
        load();
        return null;
    }

    private void load() {
        TypedInput input = new TypedInput();
        YearMonth first = input.month(from, "indicators.from");
        YearMonth last = input.month(to, "indicators.to");
        if (!input.valid()) {
            return;
        }
        List<ReferralIndicatorView> result = UiProblems.attempt(() -> indicators.referrals(
                caller, first == null ? null : first.toString(), last == null ? null : last.toString()));
        if (result == null) {
            return;
        }
        rows = result;
        Map<String, List<ReferralIndicatorView>> byPartner = new LinkedHashMap<>();
        result.forEach(r ->
                byPartner.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r));
        charts = byPartner.values().stream()
                .map(months -> PartnerChart.of(months, format))
                .toList();
    }

    public List<ReferralIndicatorView> getRows() {
        return rows;
    }

    public List<PartnerChart> getCharts() {
        return charts;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
