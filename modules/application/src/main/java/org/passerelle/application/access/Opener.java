package org.passerelle.application.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;

/**
 * Opens sealed fields inside one access made through the {@link AccessGate}, and remembers which:
 * the entry the gate writes afterwards names exactly these, with the fields it sealed. Made by the
 * gate only, valid only while its work runs.
 */
public final class Opener {

    private final FieldProtection protection;
    private final Set<Field> granted;
    private final Function<Field, AccessRefusedException> refusal;
    private final Set<Field> fields = EnumSet.noneOf(Field.class);
    private boolean closed;

    Opener(FieldProtection protection, Set<Field> granted, Function<Field, AccessRefusedException> refusal) {
        this.protection = protection;
        this.granted = granted;
        this.refusal = refusal;
    }

    /** Whether the grant covers {@code field}: the work shows what it may and leaves the rest out. */
    public boolean may(Field field) {
        return granted.contains(field);
    }

    /**
     * The value of {@code field} in {@code row}, or {@code null} when the row holds none (then the
     * field is not named in the entry: nothing was read).
     *
     * @throws IllegalStateException when the grant does not cover the field: a use case asking for
     *                               more than the policy allowed is a defect, and fails closed
     */
    public String open(SealedRow row, Field field) {
        requireOpen();
        if (!granted.contains(field)) {
            throw new IllegalStateException(field.key() + " is not granted to this access");
        }
        if (row.sealed(field) == null) {
            return null; // nothing held, nothing read
        }
        fields.add(field);
        return protection.open(row, field);
    }

    /**
     * Seals {@code value} (non-null) into {@code field} of {@code row}; a field the grant does not
     * cover is refused and journaled (reception giving a NIR), since writes come from requests.
     */
    public void seal(SealedRow row, Field field, String value) {
        requireOpen();
        if (!granted.contains(field)) {
            throw refusal.apply(field);
        }
        fields.add(field);
        protection.seal(row, field, value);
    }

    Set<Field> fields() {
        return Collections.unmodifiableSet(fields);
    }

    void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("An opener is valid only inside the gate's work");
        }
    }
}
