package org.passerelle.application.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.dossier.InvalidInputException;
import org.passerelle.application.dossier.NotFoundException;
import org.passerelle.application.dossier.StaleVersionException;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionInactiveException;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.convention.DuplicateConventionException;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
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
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KEY_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+/=-]{0,199}");
    private static final int ENDPOINT_MAX = 500;
    private static final int REASONS_MAX = 20;
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
        return conventions.list(partner, !admin).stream().map(c -> ConventionView.of(c, admin)).toList();
    }

    /** One convention; an agent sees only active ones (an inactive one is not found). */
    @Transactional
    public ConventionView read(Caller caller, UUID id) {
        boolean admin = requireReader(caller);
        return conventions.find(id).filter(c -> admin || c.isActive()).map(c -> ConventionView.of(c, admin))
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
        String purpose = details.purpose();
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new InvalidInputException("purpose",
                    "is not a purpose code (lower-case letters, digits, dashes, at most 64)");
        }
        Convention.Terms terms = terms(details.terms(), partner.kind());
        requireRegisteredKey(partner.code(), terms);
        if (conventions.active(partner.code(), details.cadre(), purpose).isPresent()) {
            throw new DuplicateConventionException(partner.code(), details.cadre(), purpose);
        }
        Convention convention = new Convention(partner.code(), partner.kind(), details.cadre(), purpose, terms,
                caller.username(), clock.instant());
        conventions.add(convention);
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
        OrganisationKind kind = organisations.find(convention.partner()).map(Organisation::kind)
                .orElseThrow(() -> new IllegalStateException("A convention's partner is gone"));
        Convention.Terms revised = terms(terms, kind);
        requireRegisteredKey(convention.partner(), revised);
        convention.revise(kind, revised, caller.username(), clock.instant());
        conventions.flush();
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
            throw new InvalidInputException("partnerKeyRef", "is required for the " + terms.channel()
                    + " channel (the fingerprint of the partner's registered key, see partner-keys)");
        }
        if (exchange.partnerKey(partner).filter(k -> k.fingerprint().equals(terms.partnerKeyRef())).isEmpty()) {
            throw new InvalidInputException("partnerKeyRef", "is not the fingerprint of this partner's registered key");
        }
    }

    private Organisation partner(String code) {
        return Optional.ofNullable(code).flatMap(organisations::find)
                .filter(o -> o.isActive() && o.kind().isPartner())
                .orElseThrow(() -> new InvalidInputException("partner", "names no partner organisation"));
    }

    /** The terms, absent ones taking the defaults, checked field by field. */
    private static Convention.Terms terms(ConventionTerms given, OrganisationKind partnerKind) {
        if (given == null) {
            throw new InvalidInputException("allowedFields", "is required (at least one field key)");
        }
        ConventionTerms terms = given.withDefaults();
        Set<Field> fields = fields(terms.allowedFields(), partnerKind);
        Channel channel = terms.channel();
        String endpoint = endpoint(channel, terms.endpoint());
        String keyRef = terms.partnerKeyRef();
        if (keyRef != null && !channel.external()) {
            throw new InvalidInputException("partnerKeyRef", "is only for the HTTPS, SFTP and AMQP channels");
        }
        if (keyRef != null && !KEY_REF.matcher(keyRef).matches()) {
            throw new InvalidInputException("partnerKeyRef",
                    "is not a key reference (letters, digits and ._:+/=-, at most 200, no spaces)");
        }
        int reminder = days("reminderDays", terms.reminderDays());
        int expiry = days("expiryDays", terms.expiryDays());
        if (reminder >= expiry) {
            throw new InvalidInputException("reminderDays", "must be shorter than expiryDays");
        }
        return new Convention.Terms(fields, channel, endpoint, keyRef, reminder, expiry,
                reasons(terms.rejectionReasons()));
    }

    private static Set<Field> fields(List<String> keys, OrganisationKind partnerKind) {
        if (keys == null || keys.isEmpty()) {
            throw new InvalidInputException("allowedFields", "is required (at least one field key)");
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (String key : keys) {
            Field field = key == null ? null : Field.byKey(key).orElse(null);
            if (field == null) {
                throw new InvalidInputException("allowedFields",
                        "holds a key that is not in the field catalogue (e.g. person.lastName)");
            }
            if (!field.isShareable()) {
                throw new InvalidInputException("allowedFields", "holds " + field.key()
                        + ", which only the orientation's own exchange carries and no convention can allow");
            }
            if (!partnerKind.mayEverReceive(field.category())) {
                throw new InvalidInputException("allowedFields", "holds " + field.key() + ", " + field.category()
                        + " data, which a " + partnerKind + " may never receive (S4: health never goes to the CAF)");
            }
            fields.add(field);
        }
        return fields;
    }

    private static String endpoint(Channel channel, String endpoint) {
        if (!channel.external()) {
            if (endpoint != null) {
                throw new InvalidInputException("endpoint", "is only for the HTTPS, SFTP and AMQP channels");
            }
            return null;
        }
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidInputException("endpoint", "is required for the " + channel + " channel");
        }
        Set<String> schemes = switch (channel) {
            case HTTPS -> Set.of("https");
            case SFTP -> Set.of("sftp");
            case AMQP -> Set.of("amqp", "amqps");
            case INBOX -> Set.of();
        };
        URI uri;
        try {
            uri = endpoint.length() > ENDPOINT_MAX ? null : new URI(endpoint);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidInputException("endpoint",
                    "is not a " + schemes + " URL with a host (at most " + ENDPOINT_MAX + " characters)");
        }
        if (uri.getUserInfo() != null) {
            // Credentials come from the environment, never from the database (STYLE: config).
            throw new InvalidInputException("endpoint", "must not carry credentials");
        }
        return endpoint;
    }

    private static int days(String field, int days) {
        if (days < Convention.DAYS_MIN || days > Convention.DAYS_MAX) {
            throw new InvalidInputException(field,
                    "is not between " + Convention.DAYS_MIN + " and " + Convention.DAYS_MAX + " days");
        }
        return days;
    }

    private static List<RejectionReason> reasons(List<ConventionTerms.Reason> given) {
        if (given.isEmpty()) {
            throw new InvalidInputException("rejectionReasons", "is required (at least one code and label)");
        }
        if (given.size() > REASONS_MAX) {
            throw new InvalidInputException("rejectionReasons", "holds more than " + REASONS_MAX + " reasons");
        }
        List<RejectionReason> reasons = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ConventionTerms.Reason reason : given) {
            if (reason == null || reason.code() == null || !RejectionReason.CODE.matcher(reason.code()).matches()) {
                throw new InvalidInputException("rejectionReasons",
                        "holds a code that is not upper-case letters, digits and underscores (at most 40)");
            }
            if (!codes.add(reason.code())) {
                throw new InvalidInputException("rejectionReasons", "holds the code " + reason.code() + " twice");
            }
            String label = reason.label() == null ? null : reason.label().strip();
            if (label == null || label.isEmpty() || label.length() > RejectionReason.LABEL_MAX
                    || label.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("rejectionReasons", "holds a label that is empty, longer than "
                        + RejectionReason.LABEL_MAX + " characters or not on one line");
            }
            reasons.add(new RejectionReason(reason.code(), label));
        }
        return reasons;
    }
}
