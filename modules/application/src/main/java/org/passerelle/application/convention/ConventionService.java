package org.passerelle.application.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionInactiveException;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.convention.DuplicateConventionException;
import org.passerelle.domain.convention.Purpose;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.failure.StaleVersionException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.protection.FieldKeys;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Role;

/**
 * Conventions de partage. Administrators list, read, create, revise and deactivate them; CCAS
 * agents read the active ones (they pick an orientation's fields within them); nobody else sees
 * them. The rules checked here, each a 422 naming the field: the partner is a partner
 * organisation, the purpose is a code, the fields are in the catalogue and never HEALTH for the
 * CAF (S4), 1 &lt;= reminder &lt; expiry &lt;= 365 days, an endpoint exactly for external channels.
 */
@ApplicationScoped
public class ConventionService {

    /** The purpose codes consents use (see {@code ConsentService}). */
    static final String ROLE_NOT_PERMITTED = "role-not-permitted";

    @Inject
    AccessGate gate;

    @Inject
    ConventionRepository conventions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ExchangeRepository exchange;

    @Inject
    Event<ConventionChanged> changed;

    @Inject
    Clock clock;

    /**
     * All conventions for an administrator, the active ones for an agent.
     *
     * @param partner only this partner's; all when {@code null}
     */
    @Transactional
    public List<ConventionView> list(Caller caller, String partner) {
        boolean admin = requireReader(caller);
        return conventions.list(partner, !admin).stream()
                .map(c -> ConventionView.of(c, admin))
                .toList();
    }

    /** One convention; an agent sees only active ones (an inactive one is not found). */
    @Transactional
    public ConventionView read(Caller caller, UUID id) {
        boolean admin = requireReader(caller);
        return conventions
                .find(id)
                .filter(c -> admin || c.isActive())
                .map(c -> ConventionView.of(c, admin))
                .orElseThrow(() -> new NotFoundException("convention"));
    }

    /**
     * Creates an active convention.
     *
     * @throws DuplicateConventionException when one is already active for the partner, cadre and purpose
     */
    @Transactional
    public ConventionView create(Caller caller, ConventionDetails details) {
        requireAdmin(caller);
        if (details == null) {
            throw new InvalidInputException("body", "is required");
        }
        Organisation partner = partner(details.partner());
        if (details.cadre() == null) {
            throw new InvalidInputException("cadre", "is required (" + List.of(Cadre.values()) + ")");
        }
        String purpose = Purpose.of("purpose", details.purpose()).code();
        Convention.Terms terms = terms(details.terms());
        requireRegisteredKey(partner.code(), terms);
        if (conventions.active(partner.code(), details.cadre(), purpose).isPresent()) {
            throw new DuplicateConventionException(partner.code(), details.cadre(), purpose);
        }
        Convention convention = new Convention(
                partner.code(), partner.kind(), details.cadre(), purpose, terms, caller.username(), clock.instant());
        conventions.add(convention);
        journal(caller, "convention-create:" + convention.id());
        changed.fire(new ConventionChanged());
        return ConventionView.of(convention, true);
    }

    /**
     * Replaces the terms of the version the caller read; a term left out takes its default, as on
     * creation (an absent endpoint or key reference means none).
     */
    @Transactional
    public ConventionView update(Caller caller, UUID id, long expectedVersion, ConventionTerms terms) {
        requireAdmin(caller);
        Convention convention = conventions.find(id).orElseThrow(() -> new NotFoundException("convention"));
        if (!convention.isActive()) {
            throw new ConventionInactiveException(id);
        }
        if (convention.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        OrganisationKind kind = organisations
                .find(convention.partner())
                .map(Organisation::kind)
                .orElseThrow(() -> new IllegalStateException("A convention's partner is gone"));
        Convention.Terms revised = terms(terms);
        requireRegisteredKey(convention.partner(), revised);
        convention.revise(kind, revised, caller.username(), clock.instant());
        conventions.flush();
        journal(caller, "convention-revise:" + convention.id());
        changed.fire(new ConventionChanged());
        return ConventionView.of(convention, true);
    }

    /** Ends a convention for good; orientations already sent under it keep their course. */
    @Transactional
    public ConventionView deactivate(Caller caller, UUID id) {
        requireAdmin(caller);
        Convention convention = conventions.find(id).orElseThrow(() -> new NotFoundException("convention"));
        convention.deactivate(caller.username(), clock.instant());
        conventions.flush();
        journal(caller, "convention-deactivate:" + convention.id());
        changed.fire(new ConventionChanged());
        return ConventionView.of(convention, true);
    }

    /**
     * The active convention an orientation to this partner, under this cadre, for this purpose
     * rests on; empty when there is none (the orientation cannot be sent). For other use cases,
     * which check their caller themselves; it joins their transaction.
     */
    @Transactional
    public Optional<ConventionView> activeFor(String partner, Cadre cadre, String purpose) {
        if (partner == null || cadre == null || purpose == null) {
            return Optional.empty();
        }
        return conventions.active(partner, cadre, purpose).map(c -> ConventionView.of(c, true));
    }

    /** Whether the caller may read conventions; true for an administrator, who sees everything. */
    private boolean requireReader(Caller caller) {
        gate.requireRole(caller, JournalAction.READ, Role.ADMIN, Role.CCAS_AGENT);
        return caller.has(Role.ADMIN);
    }

    private void requireAdmin(Caller caller) {
        gate.requireRole(caller, JournalAction.UPDATE, Role.ADMIN);
    }

    /**
     * An external channel names the partner's registered OpenPGP key by its fingerprint (docs/partner-exchange.md
     * §1): what the partner's messages are checked against and ours encrypted to.
     */
    private void requireRegisteredKey(String partner, Convention.Terms terms) {
        if (!terms.channel().external()) {
            return;
        }
        if (terms.partnerKeyRef() == null) {
            throw new InvalidInputException(
                    "partnerKeyRef",
                    "is required for the " + terms.channel()
                            + " channel (the fingerprint of the partner's registered key, see partner-keys)");
        }
        if (exchange.partnerKey(partner)
                .filter(k -> k.fingerprint().equals(terms.partnerKeyRef()))
                .isEmpty()) {
            throw new InvalidInputException("partnerKeyRef", "is not the fingerprint of this partner's registered key");
        }
    }

    private Organisation partner(String code) {
        return Optional.ofNullable(code)
                .flatMap(organisations::find)
                .filter(o -> o.isActive() && o.kind().isPartner())
                .orElseThrow(() -> new InvalidInputException("partner", "names no partner organisation"));
    }

    /** The terms as written, absent ones taking the defaults; {@link Convention.Terms} checks them. */
    private static Convention.Terms terms(ConventionTerms given) {
        if (given == null) {
            throw new InvalidInputException("allowedFields", "is required (at least one field key)");
        }
        ConventionTerms terms = given.withDefaults();
        Set<Field> fields =
                FieldKeys.parse("allowedFields", terms.allowedFields() == null ? List.of() : terms.allowedFields());
        List<RejectionReason> reasons = terms.rejectionReasons().stream()
                .map(r -> r == null ? null : new RejectionReason(r.code(), r.label()))
                .toList();
        return new Convention.Terms(
                fields,
                terms.channel(),
                terms.endpoint(),
                terms.partnerKeyRef(),
                terms.reminderDays(),
                terms.urgentReminderDays(),
                terms.expiryDays(),
                reasons);
    }

    /**
     * Journals the change (issue 15, item 9): who changed which convention, never its terms; the DPO
     * of the administrator's organisation gets an alert.
     */
    private void journal(Caller caller, String what) {
        gate.record(caller, JournalAction.ADMINISTRATION, Target.organisation(caller.organisation()), List.of(), what);
    }
}
