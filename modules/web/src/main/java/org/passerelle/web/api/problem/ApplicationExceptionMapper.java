package org.passerelle.web.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.passerelle.application.dossier.DuplicatePersonException;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.UnknownOrganisationException;
import org.passerelle.application.journal.JournalUnavailableException;
import org.passerelle.application.keys.RotationRunningException;
import org.passerelle.application.protection.DataIntegrityException;
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
import org.passerelle.web.api.input.BodyTooLargeException;

/**
 * The application's exceptions as problems, in one table. Anything it does not know goes to
 * {@link UnexpectedExceptionMapper#unexpected}: logged with its stack, answered with a bare 500.
 */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApplicationExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RuntimeException exception) {
        String path = uriInfo.getRequestUri().getPath();
        Response lost = Unavailable.ifDatabaseLost(exception, UnexpectedExceptionMapper.loggable(uriInfo), path);
        if (lost != null) {
            return lost;
        }
        Throwable cause = rootCondition(exception);
        Problem problem = switch (cause) {
            case ProblemException e -> e.problem();
            case BodyTooLargeException e -> e.problem(path);
            case JsonProcessingException e -> JsonProblems.of(e, path);
            case WebApplicationException e ->
                HttpProblems.forStatus(e.getResponse().getStatus(), path);
            case UnknownOrganisationException e ->
                new Problem(
                        "unknown-organisation",
                        "Unknown organisation",
                        403,
                        "Your account names no CCAS registered in Passerelle; ask an administrator.",
                        path);
            case AccessRefusedException e ->
                switch (e.outcome()) {
                    case NOT_FOUND -> HttpProblems.forStatus(404, path);
                    case RESTRICTED ->
                        new Problem(
                                "restricted",
                                "Restricted dossier",
                                423,
                                "This dossier is restricted (GDPR art. 18): only the DPO may read it.",
                                path);
                    default ->
                        new Problem(
                                "forbidden",
                                "Forbidden",
                                403,
                                "Your role or assignment does not allow this (" + e.reasonCode() + ").",
                                path);
                };
            case NotFoundException e -> HttpProblems.forStatus(404, path);
            case StaleVersionException e ->
                new Problem(
                        "stale-version",
                        "Changed since read",
                        412,
                        "Someone changed this since you read it: read it again, then retry.",
                        path);
            case OptimisticLockException e ->
                new Problem(
                        "stale-version",
                        "Changed since read",
                        412,
                        "Someone changed this at the same time: read it again, then retry.",
                        path);
            case InvalidInputException e ->
                new Problem(
                        "invalid-input",
                        "Invalid input",
                        422,
                        "A field breaks a rule.",
                        path,
                        Map.of(e.field(), reasonOf(e)));
            case DuplicatePersonException e ->
                new Problem(
                        "duplicate-usager",
                        "Already registered",
                        409,
                        e.existing() == null
                                ? "An usager with this NIR is already registered in your CCAS."
                                : "An usager with this NIR is already registered: " + e.existing(),
                        path);
            case RotationRunningException e ->
                new Problem(
                        "rotation-running",
                        "Rotation already running",
                        409,
                        "A key rotation is already running for this organisation.",
                        path);
            case DelegationOverException e ->
                new Problem(
                        "delegation-over",
                        "Delegation over",
                        409,
                        "This delegation is already over (ended or past its end).",
                        path);
            case CaseClosedException e ->
                new Problem(
                        "dossier-closed",
                        "Dossier closed",
                        409,
                        "The dossier is closed and can no longer change.",
                        path);
            case CaseOpenException e ->
                new Problem(
                        "dossier-open", "Dossier open", 409, "The dossier is open: there is nothing to reopen.", path);
            case RestrictionStateException e ->
                e.restricted()
                        ? new Problem(
                                "already-restricted",
                                "Already restricted",
                                409,
                                "This dossier is already restricted; the first restriction and its reason stand.",
                                path)
                        : new Problem(
                                "not-restricted",
                                "Not restricted",
                                409,
                                "This dossier is not restricted: there is nothing to lift.",
                                path);
            case RightsRequestStateException e ->
                new Problem(
                        "rights-request-" + e.code(),
                        e.code().equals("answered") ? "Already answered" : "Extension limit",
                        409,
                        e.code().equals("answered")
                                ? "This request is already answered and closed."
                                : "The deadline may be extended by two months in all (GDPR art. 12(3)).",
                        path);
            case ObjectionReviewedException e ->
                new Problem(
                        "objection-reviewed",
                        "Objection already reviewed",
                        409,
                        "The DPO's review of this objection is recorded once.",
                        path);
            case ObjectionInForceException e ->
                new Problem(
                        "objection-in-force",
                        "The usager objected",
                        409,
                        "The usager objected to data of this kind going to this organisation (S5); the DPO's review"
                                + " decides whether it may go.",
                        path);
            case ConsentWithdrawnException e ->
                new Problem(
                        "consent-withdrawn",
                        "Consent already withdrawn",
                        409,
                        "This consent was already withdrawn; a withdrawal is final.",
                        path);
            case DuplicateConventionException e ->
                new Problem(
                        "convention-exists",
                        "Convention already active",
                        409,
                        "An active convention already exists for this partner, cadre and purpose.",
                        path);
            case ConventionInactiveException e ->
                new Problem(
                        "convention-inactive",
                        "Convention inactive",
                        409,
                        "This convention was deactivated and can no longer change; create a new one.",
                        path);
            case PickingRefusedException e ->
                new Problem(
                        "invalid-pick",
                        "Fields cannot be shared",
                        422,
                        "The cadre or the fields picked break a sharing rule (S1, S3, S4).",
                        path,
                        e.errors());
            case ShareNotGroundedException e ->
                new Problem(
                        e.code(),
                        "Information or consent missing",
                        409,
                        "The usager's prior notice or consent this share needs is not on record (S4): " + e.code()
                                + ".",
                        path);
            case ReferralStateException e ->
                new Problem(
                        "wrong-state",
                        "Not possible in this status",
                        409,
                        "Nobody may make this transition from the orientation's current status.",
                        path);
            case AlertReviewedException e ->
                new Problem("alert-reviewed", "Alert already reviewed", 409, "This alert was already reviewed.", path);
            case JournalUnavailableException e -> {
                // No entry, no access (S11): the operator must know at once.
                LOG.errorf(e, "Access journal unavailable on %s", UnexpectedExceptionMapper.loggable(uriInfo));
                yield new Problem(
                        "journal-unavailable",
                        "Journal unavailable",
                        503,
                        "The access journal could not record this access, so it did not happen. Retry later.",
                        path);
            }
            case KeysUnavailableException e -> {
                // Said once at start, with the organisation and key version (MasterKeyHealthCheck).
                LOG.debugf("Keys unavailable on %s", UnexpectedExceptionMapper.loggable(uriInfo));
                yield new Problem(
                        "keys-unavailable",
                        "Service unavailable",
                        503,
                        "This server cannot open personal data with its master key; an operator must restart it"
                                + " with the right one. Nothing was changed.",
                        path);
            }
            case DataIntegrityException e -> {
                // Tampering or a misplaced ciphertext: the operator must know; the caller gets no data.
                LOG.errorf(
                        "Data integrity failure on %s: %s",
                        UnexpectedExceptionMapper.loggable(uriInfo), e.getMessage());
                yield new Problem(
                        "data-integrity",
                        "Data integrity failure",
                        500,
                        "Stored data failed its integrity check; it has been logged.",
                        path);
            }
            default -> null;
        };
        if (problem == null) {
            return UnexpectedExceptionMapper.unexpected(exception, uriInfo);
        }
        LOG.debugf("%s answered %d %s", UnexpectedExceptionMapper.loggable(uriInfo), problem.status(), problem.slug());
        Response response = problem.toResponse();
        return problem.status() == 401
                ? Response.fromResponse(response)
                        .header("WWW-Authenticate", "Bearer")
                        .build()
                : response;
    }

    /** The reason part of the message, which names the rule and never the value. */
    private static String reasonOf(InvalidInputException e) {
        String message = e.getMessage();
        return message.substring(message.indexOf(':') + 1).strip();
    }

    /**
     * Transactions, EJBs and RESTEasy's readers wrap what went wrong (a concurrent update, a JSON
     * error, an exception of ours): look through the wrappers for the first condition we can name.
     * A body cut at its limit comes first: the reader may have wrapped it into a JSON error.
     */
    private static Throwable rootCondition(RuntimeException exception) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(exception);
        if (tooLarge != null) {
            return tooLarge;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return t;
            }
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : NAMED) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return new OptimisticLockException();
            }
        }
        return exception;
    }

    private static final List<Class<? extends Throwable>> NAMED = List.of(
            UnknownOrganisationException.class,
            AccessRefusedException.class,
            NotFoundException.class,
            StaleVersionException.class,
            OptimisticLockException.class,
            InvalidInputException.class,
            DuplicatePersonException.class,
            CaseClosedException.class,
            CaseOpenException.class,
            RestrictionStateException.class,
            RightsRequestStateException.class,
            ConsentWithdrawnException.class,
            ObjectionReviewedException.class,
            ObjectionInForceException.class,
            AlertReviewedException.class,
            DuplicateConventionException.class,
            ConventionInactiveException.class,
            PickingRefusedException.class,
            ShareNotGroundedException.class,
            ReferralStateException.class,
            JournalUnavailableException.class,
            RotationRunningException.class,
            KeysUnavailableException.class,
            DataIntegrityException.class,
            ProblemException.class,
            WebApplicationException.class);
}
