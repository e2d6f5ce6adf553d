package org.passerelle.secrecy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the policy answers: the outcome, exactly which fields the response may carry, how much of the
 * NIR, and a short stable reason code for the journal.
 *
 * <p>The constructor refuses inconsistent decisions, so no caller can build one that leaks: a refusal
 * carries no field and no NIR, and the NIR is disclosed (masked or full) exactly when
 * {@link Field#PERSON_NIR} is among the visible fields.
 *
 * @param outcome       the verdict, which also gives the HTTP status
 * @param visibleFields the fields the caller may see (and, when writing, change); empty unless allowed
 * @param nir           how much of the NIR the response may carry
 * @param reasonCode    a stable slug naming the rule that decided, e.g. {@code unassigned}
 */
public record AccessDecision(Outcome outcome, Set<Field> visibleFields, NirDisclosure nir, String reasonCode) {

    public AccessDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(visibleFields, "visibleFields");
        Objects.requireNonNull(nir, "nir");
        Objects.requireNonNull(reasonCode, "reasonCode");
        visibleFields.forEach(field -> Objects.requireNonNull(field, "visibleFields element"));
        if (reasonCode.isBlank()) {
            throw new IllegalArgumentException("reasonCode must not be blank");
        }
        if (outcome != Outcome.ALLOW && !visibleFields.isEmpty()) {
            throw new IllegalArgumentException(outcome + " must not carry visible fields");
        }
        if ((nir != NirDisclosure.NONE) != visibleFields.contains(Field.PERSON_NIR)) {
            throw new IllegalArgumentException("NIR disclosure " + nir + " disagrees with the visible fields");
        }
        EnumSet<Field> copy = EnumSet.noneOf(Field.class);
        copy.addAll(visibleFields);
        visibleFields = Collections.unmodifiableSet(copy);
    }

    /** Access granted to {@code visibleFields}, in catalogue order. */
    public static AccessDecision allow(Set<Field> visibleFields, NirDisclosure nir, String reasonCode) {
        return new AccessDecision(Outcome.ALLOW, visibleFields, nir, reasonCode);
    }

    /** Access refused: no field, no NIR. */
    public static AccessDecision refuse(Outcome outcome, String reasonCode) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.ALLOW) {
            throw new IllegalArgumentException("A refusal cannot be ALLOW");
        }
        return new AccessDecision(outcome, Set.of(), NirDisclosure.NONE, reasonCode);
    }

    /** Whether the outcome is {@link Outcome#ALLOW}. */
    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }
}
