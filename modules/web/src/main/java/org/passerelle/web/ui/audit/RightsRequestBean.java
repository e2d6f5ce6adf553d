package org.passerelle.web.ui.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.application.input.Paging;
import org.passerelle.application.rights.RightsRequestPage;
import org.passerelle.application.rights.RightsRequestService;
import org.passerelle.application.rights.RightsRequestView;
import org.passerelle.domain.rights.AnswerOutcome;
import org.passerelle.domain.rights.ExtensionReason;
import org.passerelle.domain.rights.RightsRequestChannel;
import org.passerelle.domain.rights.RightsRequestKind;
import org.passerelle.domain.rights.RightsRequestStatus;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiProblems;

/**
 * The DPO's register of rights requests and complaints (GDPR art. 12): the list with due dates and
 * the overdue ones marked, a form to register a request by the usager's id (found on the
 * restriction page's search by ids), and on each open request the forms to extend its deadline or
 * record its answer; an access request leads to the usager's access report. The same service as
 * the API, so each act is journaled alike. View-scoped so that a row's form acts on the request it
 * shows, with the version it showed.
 */
@Named("auditRights")
@ViewScoped
public class RightsRequestBean extends PostbackPages {

    private static final long serialVersionUID = 1L;
    /** The usager's id handed over by another audit page, in the flash (never in a URL). */
    static final String PERSON_FLASH = "rights.person";

    @Inject
    RequestCaller caller;

    @Inject
    RightsRequestService requests;

    private RightsRequestStatus status = RightsRequestStatus.OPEN;
    private RightsRequestKind kind;
    private boolean overdueOnly;
    private boolean loaded;
    private List<RightsRequestView> rows = List.of();

    private String person;
    private String newKind;
    private String newChannel;
    private String receivedOn;

    private final Map<UUID, String> extensionMonths = new HashMap<>();
    private final Map<UUID, String> extensionReasons = new HashMap<>();
    private final Map<UUID, String> answeredOn = new HashMap<>();
    private final Map<UUID, String> outcomes = new HashMap<>();

    @PostConstruct
    void fromFlash() {
        Object handed = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(PERSON_FLASH);
        if (handed instanceof String id) {
            person = id;
        }
    }

    /** Loads the first page before rendering, so that a refusal's message shows at the top. */
    public void prepare() {
        if (!loaded) {
            loaded = true;
            load(0);
        }
    }

    public String show() {
        load(0);
        return null;
    }

    public String register() {
        TypedInput input = new TypedInput();
        UUID personId = input.uuid(person, "rights.person");
        LocalDate received = input.day(receivedOn, "rights.received-on");
        if (!input.valid()) {
            return null;
        }
        RightsRequestKind k = pick(RightsRequestKind.values(), newKind);
        RightsRequestChannel c = pick(RightsRequestChannel.values(), newChannel);
        if (personId == null || k == null || c == null || received == null) {
            UiBundle.AUDIT.error("rights.register.incomplete");
            return null;
        }
        RightsRequestView created = UiProblems.attempt(() -> requests.register(caller.get(), personId, k, received, c));
        if (created != null) {
            person = newKind = newChannel = receivedOn = null;
            if (created.restrictedCaseFileIds().isEmpty()) {
                UiBundle.AUDIT.info("rights.registered", new UiFormat().date(created.dueOn()));
            } else {
                UiBundle.AUDIT.info(
                        "rights.registered.restricted",
                        new UiFormat().date(created.dueOn()),
                        created.restrictedCaseFileIds().size());
            }
            load(0);
        }
        return null;
    }

    public String extend(UUID id) {
        Integer months = switch (TypedInput.text(extensionMonths.get(id)) == null ? "" : extensionMonths.get(id)) {
            case "1" -> 1;
            case "2" -> 2;
            default -> null;
        };
        ExtensionReason reason = pick(ExtensionReason.values(), extensionReasons.get(id));
        if (months == null || reason == null) {
            UiBundle.AUDIT.error("rights.extend.incomplete");
            return null;
        }
        long version = versionOf(id);
        if (done(UiProblems.attempt(() -> requests.extend(caller.get(), id, version, months, reason)))) {
            UiBundle.AUDIT.info("rights.extended");
        }
        return null;
    }

    public String answer(UUID id) {
        TypedInput input = new TypedInput();
        LocalDate on = input.day(answeredOn.get(id), "rights.answered-on");
        if (!input.valid()) {
            return null;
        }
        AnswerOutcome outcome = pick(AnswerOutcome.values(), outcomes.get(id));
        if (on == null || outcome == null) {
            UiBundle.AUDIT.error("rights.answer.incomplete");
            return null;
        }
        long version = versionOf(id);
        if (done(UiProblems.attempt(() -> requests.answer(caller.get(), id, version, on, outcome)))) {
            UiBundle.AUDIT.info("rights.answered");
        }
        return null;
    }

    /** The reports page, its form filled with this usager's id (handed in the flash, not the URL). */
    public String accessReportOf(UUID personId) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put(AccessReportBean.PERSON_FLASH, personId.toString());
        return "/ui/audit/reports.xhtml?faces-redirect=true";
    }

    private boolean done(RightsRequestView changed) {
        if (changed == null) {
            return false;
        }
        extensionMonths.remove(changed.id());
        extensionReasons.remove(changed.id());
        answeredOn.remove(changed.id());
        outcomes.remove(changed.id());
        load(page());
        return true;
    }

    /** The version the row showed; -1 (stale) for a row not shown, which the service refuses. */
    private long versionOf(UUID id) {
        return rows.stream()
                .filter(r -> r.id().equals(id))
                .mapToLong(RightsRequestView::version)
                .findFirst()
                .orElse(-1);
    }

    /** The constant whose name was posted; anything else (blank, forged) is no choice. */
    private static <E extends Enum<E>> E pick(E[] values, String posted) {
        for (E value : values) {
            if (value.name().equals(posted)) {
                return value;
            }
        }
        return null;
    }

    @Override
    protected void turnTo(int wanted) {
        load(wanted);
    }

    private void load(int wantedPage) {
        RightsRequestPage result = UiProblems.attempt(() -> requests.list(
                caller.get(), status, kind, overdueOnly ? Boolean.TRUE : null, new Paging(wantedPage, PAGE_SIZE)));
        if (result == null) {
            return;
        }
        if (result.requests().isEmpty() && wantedPage > 0) {
            load(wantedPage - 1);
            return;
        }
        shown(result.page(), result.total());
        rows = result.requests();
    }

    public RightsRequestStatus[] getStatuses() {
        return RightsRequestStatus.values();
    }

    public RightsRequestKind[] getKinds() {
        return RightsRequestKind.values();
    }

    public RightsRequestChannel[] getChannels() {
        return RightsRequestChannel.values();
    }

    public ExtensionReason[] getExtensionReasonValues() {
        return ExtensionReason.values();
    }

    public AnswerOutcome[] getOutcomeValues() {
        return AnswerOutcome.values();
    }

    public List<RightsRequestView> getRows() {
        return rows;
    }

    public RightsRequestStatus getStatus() {
        return status;
    }

    public void setStatus(RightsRequestStatus status) {
        this.status = status;
    }

    public RightsRequestKind getKind() {
        return kind;
    }

    public void setKind(RightsRequestKind kind) {
        this.kind = kind;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public String getNewChannel() {
        return newChannel;
    }

    public void setNewChannel(String newChannel) {
        this.newChannel = newChannel;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Map<UUID, String> getExtensionMonths() {
        return extensionMonths;
    }

    public Map<UUID, String> getExtensionReasons() {
        return extensionReasons;
    }

    public Map<UUID, String> getAnsweredOn() {
        return answeredOn;
    }

    public Map<UUID, String> getOutcomes() {
        return outcomes;
    }
}
