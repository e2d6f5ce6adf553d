package org.passerelle.application.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.organisation.OrganisationCode;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.ReferralStatus;

/**
 * What a working list of orientations is narrowed to (issue 18, item 5): statuses, partner,
 * urgency, overdue or not, the agent, a period and a scope. Every criterion is a code, a date or a
 * staff username, never a value about an usager, so that a filtered list can live in an address
 * (a bookmark) without breaking the rule that nothing personal goes into one. Parsed once here
 * from the text of a query string; a wrong value is a 422 naming its parameter.
 *
 * @param statuses the statuses kept, all when empty
 * @param partner  the partner's organisation code, any when null (the CCAS side only)
 * @param urgency  the urgency kept, any when null
 * @param overdue  only the overdue ones (true), only the others (false), or both (null)
 * @param agent    the staff username: the sender on the CCAS side, the recipient or assignee on the
 *                 partner side; anyone when null
 * @param from     the first day (Europe/Paris) the orientation was sent on, or created on when it is
 *                 a draft; no bound when null
 * @param to       the last day, included; no bound when null
 * @param scope    whose orientations
 */
public record ReferralFilter(
        Set<ReferralStatus> statuses,
        String partner,
        Urgency urgency,
        Boolean overdue,
        String agent,
        LocalDate from,
        LocalDate to,
        Scope scope) {

    /** Days are those of the CCAS's users. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,254}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Whose orientations a list shows. */
    public enum Scope {
        /**
         * The caller's own: on the CCAS side those they sent, on the partner side those they are
         * the named recipient of or were assigned to.
         */
        MINE,
        /**
         * The team's: on the CCAS side every orientation of the dossiers the caller follows
         * (référent or team member) and those they sent; on the partner side the organisation's
         * whole inbox. The default.
         */
        TEAM,
        /**
         * Not yet taken: still open and no named recipient yet, that is no caseworker of the
         * partner has accepted it (an assignment by the partner manager does not count).
         */
        UNTAKEN;

        /** Its name in a query string. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No criterion: the team's orientations, every status. */
    public static final ReferralFilter NONE =
            new ReferralFilter(Set.of(), null, null, null, null, null, null, Scope.TEAM);

    public ReferralFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        scope = scope == null ? Scope.TEAM : scope;
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "is before 'from'");
        }
    }

    /**
     * The filter a query string asks for; absent or blank parameters set no criterion.
     *
     * @throws InvalidInputException (422) naming the first parameter that is not a status, an
     *     organisation code, an urgency, {@code true}/{@code false}, a username, a day as
     *     {@code YYYY-MM-DD} or a scope ({@code mine}, {@code team}, {@code untaken})
     */
    public static ReferralFilter parse(
            Collection<String> statuses,
            String partner,
            String urgency,
            String overdue,
            String agent,
            String from,
            String to,
            String scope) {
        Set<ReferralStatus> kept = EnumSet.noneOf(ReferralStatus.class);
        if (statuses != null) {
            for (String status : statuses) {
                if (!blank(status)) {
                    kept.add(constant(ReferralStatus.class, "status", status));
                }
            }
        }
        return new ReferralFilter(
                kept,
                blank(partner)
                        ? null
                        : OrganisationCode.of("partner", partner.strip()).code(),
                blank(urgency) ? null : constant(Urgency.class, "urgency", urgency),
                bool("overdue", overdue),
                username("agent", agent),
                day("from", from),
                day("to", to),
                blank(scope) ? Scope.TEAM : constant(Scope.class, "scope", scope));
    }

    /** Whether an orientation meets every criterion but the scope, which the list's query applies. */
    public boolean keeps(Referral referral, String agentOfIt, Instant now) {
        if (!statuses.isEmpty() && !statuses.contains(referral.status())) {
            return false;
        }
        if (partner != null && !partner.equals(referral.partner())) {
            return false;
        }
        if (urgency != null && urgency != referral.urgency()) {
            return false;
        }
        if (overdue != null && overdue != referral.overdue(now)) {
            return false;
        }
        if (agent != null && !agent.equals(agentOfIt)) {
            return false;
        }
        Instant day = referral.sentAt() != null ? referral.sentAt() : referral.createdAt();
        if (from != null && day.isBefore(from.atStartOfDay(ZONE).toInstant())) {
            return false;
        }
        return to == null || day.isBefore(to.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** Whether it is still open and no caseworker of the partner holds it yet. */
    static boolean untaken(Referral referral) {
        return referral.status().isOpen() && referral.status() != ReferralStatus.DRAFT && referral.recipient() == null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "is not one of " + EnumSet.allOf(type));
    }

    private static Boolean bool(String field, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "is neither true nor false");
        };
    }

    private static String username(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String name = value.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(field, "is not a username");
        }
        return name;
    }

    private static LocalDate day(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!DAY.matcher(value.strip()).matches()) {
            throw new InvalidInputException(field, "is not a day as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a day as YYYY-MM-DD");
        }
    }
}
