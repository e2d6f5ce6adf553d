package org.passerelle.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.passerelle.application.dossier.DuplicatePersonException;
import org.passerelle.application.health.DatabaseOutage;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.UnknownOrganisationException;
import org.passerelle.application.journal.JournalUnavailableException;
import org.passerelle.application.keys.RotationRunningException;
import org.passerelle.application.protection.KeysUnavailableException;
import org.passerelle.application.referral.ObjectionInForceException;
import org.passerelle.application.referral.PickingRefusedException;
import org.passerelle.application.referral.ReferralStateException;
import org.passerelle.application.referral.ShareNotGroundedException;
import org.passerelle.domain.casefile.CaseClosedException;
import org.passerelle.domain.casefile.CaseOpenException;
import org.passerelle.domain.casefile.RestrictionStateException;
import org.passerelle.domain.consent.ConsentWithdrawnException;
import org.passerelle.domain.consent.ObjectionReviewedException;
import org.passerelle.domain.convention.ConventionInactiveException;
import org.passerelle.domain.convention.DuplicateConventionException;
import org.passerelle.domain.delegation.DelegationOverException;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.failure.StaleVersionException;
import org.passerelle.domain.oversight.AlertReviewedException;
import org.passerelle.domain.rights.RightsRequestStateException;

/**
 * Runs a page's action and turns the application's refusals into a plain-language message at the
 * top of the page, as the API turns them into problems. A message names the rule, never a value;
 * anything unexpected is logged and shown as a generic error.
 */
public final class UiProblems {

    private static final Logger LOG = Logger.getLogger(UiProblems.class);
    private static final String RESTRICTED = "error.restricted";
    private static final String UNAVAILABLE = "error.database-unavailable";
    private static final String KEYS_UNAVAILABLE = "error.keys-unavailable";

    private UiProblems() {}

    /** The work's result, or null after showing why it was refused. */
    public static <T> T attempt(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            show(e);
            return null;
        }
    }

    /** The list the work reads, or an empty one after showing why it was refused. */
    public static <T> List<T> attemptList(Supplier<List<T>> work) {
        List<T> found = attempt(work);
        return found == null ? List.of() : found;
    }

    /**
     * Shows why an action already caught was refused. A restricted dossier (S15) also answers the
     * page with 423, as the API does: the page says so plainly, it is not an error page.
     */
    public static void show(RuntimeException refusal) {
        String key = keyOf(refusal);
        UiText.error(key, detailOf(refusal));
        int status = RESTRICTED.equals(key) ? 423 : UNAVAILABLE.equals(key) || KEYS_UNAVAILABLE.equals(key) ? 503 : 0;
        if (status != 0) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            if (!external.isResponseCommitted()) {
                external.setResponseStatus(status);
            }
        }
    }

    static String keyOf(RuntimeException exception) {
        // Logged once per outage, not per page (DatabaseOutage).
        if (CDI.current().select(DatabaseOutage.class).get().absorbs(exception, "a page action")) {
            return UNAVAILABLE;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String key = switch (t) {
                case AccessRefusedException e ->
                    switch (e.outcome()) {
                        case NOT_FOUND -> "error.not-found";
                        case RESTRICTED -> RESTRICTED;
                        default -> "error.forbidden";
                    };
                case UnknownOrganisationException e -> "error.unknown-organisation";
                case NotFoundException e -> "error.not-found";
                case StaleVersionException e -> "error.stale-version";
                case OptimisticLockException e -> "error.stale-version";
                case InvalidInputException e -> "error.invalid-input";
                case DuplicatePersonException e -> "error.duplicate-usager";
                case RotationRunningException e -> "error.rotation-running";
                case CaseClosedException e -> "error.dossier-closed";
                case CaseOpenException e -> "error.dossier-open";
                case DelegationOverException e -> "error.delegation-over";
                case RestrictionStateException e ->
                    e.restricted() ? "error.already-restricted" : "error.not-restricted";
                case ConsentWithdrawnException e -> "error.consent-withdrawn";
                case ObjectionReviewedException e -> "error.objection-reviewed";
                case ObjectionInForceException e -> "error.objection-in-force";
                case RightsRequestStateException e -> "error.rights-request-" + e.code();
                case DuplicateConventionException e -> "error.convention-exists";
                case ConventionInactiveException e -> "error.convention-inactive";
                case PickingRefusedException e -> "error.invalid-pick";
                case ShareNotGroundedException e -> "error.share-not-grounded";
                case ReferralStateException e -> "error.wrong-state";
                case AlertReviewedException e -> "error.alert-reviewed";
                case JournalUnavailableException e -> "error.journal-unavailable";
                case KeysUnavailableException e -> KEYS_UNAVAILABLE;
                default -> null;
            };
            if (key != null) {
                return key;
            }
        }
        LOG.errorf(exception, "Unexpected failure of a page action");
        return "error.unexpected";
    }

    /** The rule or field concerned, when the refusal names one (never a value). */
    private static Object detailOf(RuntimeException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return e.field();
            }
            if (t instanceof ShareNotGroundedException e) {
                return e.code();
            }
            if (t instanceof AccessRefusedException e) {
                return e.reasonCode();
            }
        }
        return "";
    }
}
