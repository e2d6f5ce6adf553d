package org.passerelle.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.channel.DeliveryService;
import org.passerelle.application.channel.DeliveryView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * ui/admin/deliveries.xhtml: the messages to partner systems in one state (the dead letters unless
 * asked otherwise), and the resending of a dead one.
 *
 * <p>Each row's form carries the message id and the state shown in hidden fields: the action
 * trusts those, not the row's position, so a list that changed between the page and the click
 * can never make it resend another message than the one the administrator saw.
 */
@Named("deliveriesPage")
@RequestScoped
public class DeliveriesPage {

    /** The query parameter, and the row forms' hidden field, of the state shown. */
    static final String STATE = "state";

    static final String DELIVERY = "delivery";
    private static final String SELF = "/ui/admin/deliveries.xhtml?faces-redirect=true&" + STATE + "=";

    @Inject
    Caller caller;

    @Inject
    DeliveryService deliveries;

    private DeliveryState state;
    private boolean badState;
    private List<DeliveryView> list;

    /** Before rendering (preRenderView): reads the list, and says so when the state asked is unknown. */
    public void load() {
        getDeliveries();
        if (badState) {
            UiBundle.ADMIN.errorNow("admin.deliveries.bad-state");
        }
    }

    public List<DeliveryView> getDeliveries() {
        if (list == null) {
            list = UiProblems.attemptList(() -> deliveries.list(caller, selected()));
        }
        return list;
    }

    /** The state shown: the query's or the row form's, DEAD when absent or unknown. */
    public DeliveryState selected() {
        if (state == null) {
            String asked = RequestParameters.parameter(STATE);
            state = DeliveryState.DEAD;
            if (asked != null && !asked.isBlank()) {
                try {
                    state = DeliveryState.valueOf(asked.trim());
                } catch (IllegalArgumentException e) {
                    badState = true;
                }
            }
        }
        return state;
    }

    public List<DeliveryState> getStates() {
        return List.of(DeliveryState.values());
    }

    /** The filter's select (its own name in the form, so the bean starts from the query's state). */
    public String getState() {
        return selected().name();
    }

    public void setState(String name) {
        try {
            state = DeliveryState.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            // The select only offers valid states; Faces rejects others before this is called.
            state = DeliveryState.DEAD;
        }
    }

    /** Shows the chosen state with a bookmarkable address. */
    public String filter() {
        return SELF + selected().name();
    }

    /** Resends the message of the row's hidden field, then shows the same list again (PRG). */
    public String resend() {
        UUID id = RequestParameters.id(DELIVERY);
        if (id == null) {
            UiBundle.ADMIN.error("admin.error.bad-request");
        } else {
            DeliveryView sent = UiProblems.attempt(() -> deliveries.resend(caller, id));
            if (sent != null) {
                UiBundle.ADMIN.info(
                        "admin.deliveries.resent",
                        sent.partner(),
                        sent.referralId().toString());
            }
        }
        return SELF + selected().name();
    }
}
