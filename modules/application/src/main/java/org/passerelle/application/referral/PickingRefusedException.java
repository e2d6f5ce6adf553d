package org.passerelle.application.referral;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.secrecy.referral.PickingViolation;
import org.passerelle.secrecy.referral.ShareGrounding;

/**
 * The fields or notes picked for an orientation break S1, S3, S4 or S9 (422), one entry per
 * violation: a field key or a note id, never a value.
 */
public class PickingRefusedException extends RuntimeException {

    private final transient List<PickingViolation> violations;

    public PickingRefusedException(List<PickingViolation> violations) {
        super("Pick refused: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    /**
     * The violations as problem errors: {@code fields[<key>]}, {@code notes[<id>]}, or {@code cadre}
     * and {@code fields} for the whole pick, to its codes.
     */
    public Map<String, String> errors() {
        Map<String, String> errors = new TreeMap<>();
        for (PickingViolation violation : violations) {
            String field = violation
                    .field()
                    .map(f -> "fields[" + f.key() + "]")
                    .or(() -> violation.note().map(id -> "notes[" + id + "]"))
                    .orElse(ShareGrounding.NO_CADRE.equals(violation.code()) ? "cadre" : "fields");
            errors.merge(field, violation.code(), (a, b) -> a + ", " + b);
        }
        return errors;
    }
}
