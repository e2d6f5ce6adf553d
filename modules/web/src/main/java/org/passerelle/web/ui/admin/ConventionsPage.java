package org.passerelle.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.passerelle.application.channel.DeliveryService;
import org.passerelle.application.channel.DeliveryView;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.secrecy.Field;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * ui/admin/conventions.xhtml: every convention with its wiring, the health of each partner's
 * channel, and the deactivation of a convention after a confirmation step (it is for good).
 */
@Named("conventionsPage")
@RequestScoped
public class ConventionsPage {

    /**
     * DeliveryService lists at most this many messages per state (its LIST_MAX, package-private):
     * beyond it the counts are minimums, which the page says.
     */
    static final int LIST_CAP = 500;

    /** The query parameter, then hidden field, naming the convention to deactivate. */
    static final String CONFIRM = "confirm";

    private static final Comparator<ConventionView> ORDER = Comparator.comparing(ConventionView::partner)
            .thenComparing(c -> !c.active())
            .thenComparing(ConventionView::cadre)
            .thenComparing(ConventionView::purpose);

    @Inject
    Caller caller;

    @Inject
    ConventionService conventions;

    @Inject
    DeliveryService deliveries;

    private List<ConventionView> list;
    private List<ChannelStatus> channels;
    private boolean capped;

    /**
     * Before rendering (preRenderView), so that a refusal shows in the messages at the top; and
     * says so when the convention to deactivate is unknown or already inactive.
     */
    public void load() {
        read();
        if (RequestParameters.parameter(CONFIRM) != null && getConfirming() == null) {
            UiBundle.ADMIN.errorNow("admin.conventions.not-deactivatable");
        }
    }

    private void read() {
        if (list != null) {
            return;
        }
        list = UiProblems.attemptList(() -> conventions.list(caller, null)).stream()
                .sorted(ORDER)
                .toList();
        List<DeliveryView> pending = UiProblems.attemptList(() -> deliveries.list(caller, DeliveryState.PENDING));
        List<DeliveryView> dead = UiProblems.attemptList(() -> deliveries.list(caller, DeliveryState.DEAD));
        capped = pending.size() >= LIST_CAP || dead.size() >= LIST_CAP;
        channels = channels(list, pending, dead);
    }

    public List<ConventionView> getConventions() {
        read();
        return list;
    }

    public List<ChannelStatus> getChannels() {
        read();
        return channels;
    }

    public boolean isCapped() {
        read();
        return capped;
    }

    /** The allowed fields in catalogue order (the view gets a set). */
    public List<Field> fields(ConventionView convention) {
        return convention.allowedFields().stream().sorted().toList();
    }

    /** The active convention the administrator asked to deactivate, shown for confirmation; else null. */
    public ConventionView getConfirming() {
        UUID id = RequestParameters.id(CONFIRM);
        return id == null
                ? null
                : getConventions().stream()
                        .filter(c -> c.id().equals(id) && c.active())
                        .findFirst()
                        .orElse(null);
    }

    /** The deactivation link's title, naming the convention (every row's link says "Désactiver"). */
    public String deactivateTitle(ConventionView convention) {
        return UiBundle.ADMIN.text("admin.conventions.deactivate.title", convention.partner(), convention.purpose());
    }

    /** Deactivates the confirmed convention, then shows the list again (POST-redirect-GET). */
    public String deactivate() {
        UUID id = RequestParameters.id(CONFIRM);
        if (id == null) {
            UiBundle.ADMIN.error("admin.error.bad-request");
        } else {
            ConventionView done = UiProblems.attempt(() -> conventions.deactivate(caller, id));
            if (done != null) {
                UiBundle.ADMIN.info("admin.conventions.deactivated", done.partner(), done.purpose());
            }
        }
        return "/ui/admin/conventions.xhtml?faces-redirect=true";
    }

    /** One row per partner named by a convention or a delivery, the most troubled first. */
    static List<ChannelStatus> channels(
            List<ConventionView> conventions, List<DeliveryView> pending, List<DeliveryView> dead) {
        Map<String, Set<Channel>> byPartner = new TreeMap<>();
        for (ConventionView c : conventions) {
            Set<Channel> channels = byPartner.computeIfAbsent(c.partner(), p -> new TreeSet<>());
            if (c.active()) {
                channels.add(c.channel());
            }
        }
        pending.forEach(d -> byPartner.computeIfAbsent(d.partner(), p -> new TreeSet<>()));
        dead.forEach(d -> byPartner.computeIfAbsent(d.partner(), p -> new TreeSet<>()));
        List<ChannelStatus> rows = new ArrayList<>();
        byPartner.forEach((partner, channels) -> rows.add(new ChannelStatus(
                partner,
                List.copyOf(channels),
                count(pending, partner, false),
                count(pending, partner, true),
                count(dead, partner, false))));
        rows.sort(Comparator.comparing(ChannelStatus::health).thenComparing(ChannelStatus::partner));
        return rows;
    }

    private static int count(List<DeliveryView> messages, String partner, boolean triedOnly) {
        return (int) messages.stream()
                .filter(d -> Objects.equals(d.partner(), partner))
                .filter(d -> !triedOnly || d.attempts() > 0)
                .count();
    }
}
