package org.passerelle.application.referral;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.secrecy.referral.PickingViolation;

/** The fields picked for an orientation break S1, S3 or S4 (422), one entry per violation: field key, never a value. */
public class PickingRefusedException extends RuntimeException {

    private final transient List<PickingViolation> violations;

    public PickingRefusedException(List<PickingViolation> violations) {
        super("Pick refused: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    /** The violations as problem errors: the field key (or {@code fields}/{@code cadre}) to its codes. */
    public Map<String, String> errors() {
        Map<String, String> errors = new TreeMap<>();
        for (PickingViolation violation : violations) {
            String field = violation.field().map(f -> "fields[" + f.key() + "]")
                    .orElse("no-cadre".equals(violation.code()) ? "cadre" : "fields");
            errors.merge(field, violation.code(), (a, b) -> a + ", " + b);
        }
        return errors;
    }
}
