package org.passerelle.secrecy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who of the CCAS staff may read or write a dossier or an usager, and which fields they see: rules
 * S6 (role plus assignment; reception sees identity and contact only), S8 (NIR masked unless asked
 * for and allowed) and S15 (a restricted dossier is refused) of DESIGN §2.
 *
 * <p>A pure function of an {@link AccessRequest}: no lookups, no clock, no state. The caller works
 * out the facts (organisation, relation, restriction), asks, enforces the answer and journals its
 * {@link AccessDecision#reasonCode()}. The rules, first match wins:
 * <ol>
 *   <li>no CCAS role: {@code FORBIDDEN role-not-permitted} (partners read shares, the auditor the
 *       journal, the administrator the configuration; none of them reads dossiers here);</li>
 *   <li>another organisation's data: {@code NOT_FOUND other-organisation}, so its existence is
 *       never revealed, not even whether it is restricted;</li>
 *   <li>restricted dossier: {@code RESTRICTED restricted} for every CCAS role (the DPO reads it
 *       through other endpoints);</li>
 *   <li>then each CCAS role the caller holds gives a decision, and the widest wins: an agent and
 *       reception agent who is not on a dossier still gets the reception view. A delegate reads
 *       and writes as a team member would (reason {@code delegated}). The CCAS manager's role
 *       opens no dossier: it is not a CCAS role here.</li>
 * </ol>
 * Whether the caller reads or writes does not change the decision today: those allowed may change
 * exactly the fields they may see. The action is in the request for the journal and for rules to come.
 */
public final class CcasAccessPolicy {

    /** Allowed, every field: an agent on the dossier. */
    public static final String ALLOWED = "allowed";
    /** Allowed, identity, contact and NIR: an agent registering an usager who has no dossier yet. */
    public static final String REGISTRATION_SCOPE = "registration-scope";
    /** Allowed, identity and contact only: reception. */
    public static final String RECEPTION_SCOPE = "reception-scope";
    /** Forbidden: no CCAS role. */
    public static final String ROLE_NOT_PERMITTED = "role-not-permitted";
    /** Not found: the data belongs to another organisation. */
    public static final String OTHER_ORGANISATION = "other-organisation";
    /** Restricted: the dossier is restricted (GDPR art. 18). */
    public static final String RESTRICTED = "restricted";
    /** Forbidden: an agent not assigned to the dossier (break-glass is the way in, S6). */
    public static final String UNASSIGNED = "unassigned";
    /**
     * Allowed, every field, reading and writing: an agent standing in for a colleague on the
     * dossier through a running delegation (S6). The caller journals the delegation's id with it.
     */
    public static final String DELEGATED = "delegated";
    /** Allowed, every field, reading only: an agent who opened the dossier through break-glass. */
    public static final String BREAK_GLASS = "break-glass";
    /** Forbidden: break-glass lets an agent read a dossier, never change it. */
    public static final String BREAK_GLASS_READ_ONLY = "break-glass-read-only";
    /**
     * Allowed, no field: the CCAS manager changes who follows a dossier of the CCAS (its référent
     * and team), without opening it (issue 18, item 3).
     */
    public static final String MANAGER_ASSIGNMENT = "manager-assignment";

    private static final Set<Field> ALL_FIELDS = Field.inCategories(EnumSet.allOf(FieldCategory.class));
    private static final Set<Field> REGISTRATION_FIELDS =
            Field.inCategories(EnumSet.of(FieldCategory.IDENTITY, FieldCategory.CONTACT, FieldCategory.NIR));
    private static final Set<Field> RECEPTION_FIELDS =
            Field.inCategories(EnumSet.of(FieldCategory.IDENTITY, FieldCategory.CONTACT));

    private CcasAccessPolicy() {}

    /** Decides {@code request}; never null. */
    public static AccessDecision decide(AccessRequest request) {
        Objects.requireNonNull(request, "request");
        boolean agent = request.roles().contains(Role.CCAS_AGENT);
        boolean reception = request.roles().contains(Role.CCAS_RECEPTION);

        if (!agent && !reception) {
            return AccessDecision.refuse(Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
        }
        if (!request.sameOrganisation()) {
            return AccessDecision.refuse(Outcome.NOT_FOUND, OTHER_ORGANISATION);
        }
        if (request.restricted()) {
            return AccessDecision.refuse(Outcome.RESTRICTED, RESTRICTED);
        }
        if (agent && reception) {
            return wider(asAgent(request), asReception());
        }
        return agent ? asAgent(request) : asReception();
    }

    /**
     * S6 for the CCAS manager (responsable de pôle), who organises the team's work: they may change
     * the référent and the team of any dossier of their own CCAS, and see none of its fields. Not
     * another CCAS's dossier (not found), not a restricted one (S15). Callers ask this only when
     * {@link #decide} did not already let the caller write the dossier as one who follows it.
     */
    public static AccessDecision decideAssignment(AccessRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.roles().contains(Role.CCAS_MANAGER)) {
            return AccessDecision.refuse(Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
        }
        if (!request.sameOrganisation()) {
            return AccessDecision.refuse(Outcome.NOT_FOUND, OTHER_ORGANISATION);
        }
        if (request.restricted()) {
            return AccessDecision.refuse(Outcome.RESTRICTED, RESTRICTED);
        }
        return AccessDecision.allow(Set.of(), NirDisclosure.NONE, MANAGER_ASSIGNMENT);
    }

    /** S6 for a travailleur social: the dossier's référent and team see everything. */
    private static AccessDecision asAgent(AccessRequest request) {
        // S8: the full NIR only to those who follow the usager (the dossier's référent and team),
        // when they ask; registering an usager or breaking the glass shows it masked.
        NirDisclosure nir = request.nirRevealRequested() ? NirDisclosure.FULL : NirDisclosure.MASKED;
        return switch (request.relation()) {
            case REFERENT, TEAM_MEMBER -> AccessDecision.allow(ALL_FIELDS, nir, ALLOWED);
            // As a team member would: the delegate follows the usager for the delegation's time.
            case DELEGATE -> AccessDecision.allow(ALL_FIELDS, nir, DELEGATED);
            case NO_DOSSIER -> AccessDecision.allow(REGISTRATION_FIELDS, NirDisclosure.MASKED, REGISTRATION_SCOPE);
            case UNASSIGNED -> AccessDecision.refuse(Outcome.FORBIDDEN, UNASSIGNED);
            case BREAK_GLASS ->
                request.action() == Action.READ
                        ? AccessDecision.allow(ALL_FIELDS, NirDisclosure.MASKED, BREAK_GLASS)
                        : AccessDecision.refuse(Outcome.FORBIDDEN, BREAK_GLASS_READ_ONLY);
        };
    }

    /** S6 for reception: identity and contact, whatever the relation; never the NIR. */
    private static AccessDecision asReception() {
        return AccessDecision.allow(RECEPTION_FIELDS, NirDisclosure.NONE, RECEPTION_SCOPE);
    }

    /**
     * The wider of two decisions: an allowance over a refusal, else the one that shows at least the
     * other's fields and NIR. The rules give nested views (reception within registration within the
     * full dossier), so one always covers the other; if a rule change ever breaks that, this fails
     * closed rather than guess.
     */
    private static AccessDecision wider(AccessDecision a, AccessDecision b) {
        if (a.allowed() != b.allowed()) {
            return a.allowed() ? a : b;
        }
        if (covers(a, b)) {
            return a;
        }
        if (covers(b, a)) {
            return b;
        }
        throw new IllegalStateException("Incomparable decisions " + a.reasonCode() + " and " + b.reasonCode());
    }

    private static boolean covers(AccessDecision wide, AccessDecision narrow) {
        return wide.visibleFields().containsAll(narrow.visibleFields())
                && wide.nir().compareTo(narrow.nir()) >= 0;
    }
}
