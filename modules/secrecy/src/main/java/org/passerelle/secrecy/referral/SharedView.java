package org.passerelle.secrecy.referral;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;

/**
 * Which catalogue fields of an orientation its partner sees (S2, S3, S4, S7). Pure functions; the
 * caller passes the convention, the sender's pick and the consent's scope, and journals each read.
 */
public final class SharedView {

    private SharedView() {
    }

    /**
     * The catalogue fields in the triage view a partner gets before acceptance (S2): none. That view
     * carries the purpose, the reason written for triage, the urgency, the sending CCAS and the
     * commune, which are attributes of the orientation, not personal fields of the catalogue.
     */
    public static Set<Field> triageFields() {
        return Set.of();
    }

    /**
     * The fields the caller may read in the shared view, in catalogue order: empty unless the
     * caller is the named recipient (S2) and the status lets the partner read (accepted, not yet
     * final, S7). Otherwise the shareable fields ({@link Field#isShareable()}) of the convention's
     * allow-list ∩ the sender's pick (narrowing only) ∩,
     * where consent is needed, the fields of the consented categories (S3). Consent is needed for
     * every field when the cadre requires it, and for HEALTH fields always (S4).
     *
     * <p>Which notes fill {@link Field#NOTE_BODY} (only {@code PARTAGEABLE} ones, S9) and whether the
     * dossier is closed (S7) are the caller's to check: neither is a field of the catalogue.
     *
     * @param cadre               the orientation's cadre de partage (S1)
     * @param conventionAllowed   the convention's allow-list for (partner, cadre, purpose)
     * @param picked              the fields the sender picked
     * @param consentedCategories the categories the usager's current consent covers for the
     *                            addressed organisation; empty when there is none or it was withdrawn
     * @param status              the orientation's status now
     * @param recipientIsCaller   whether the caller is the orientation's named recipient
     */
    public static Set<Field> visibleFields(Cadre cadre, Set<Field> conventionAllowed, Set<Field> picked,
            Set<FieldCategory> consentedCategories, ReferralStatus status, boolean recipientIsCaller) {
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(conventionAllowed, "conventionAllowed");
        Objects.requireNonNull(picked, "picked");
        Objects.requireNonNull(consentedCategories, "consentedCategories");
        Objects.requireNonNull(status, "status");
        if (!recipientIsCaller || !status.partnerMayRead()) {
            return Set.of();
        }
        EnumSet<Field> visible = EnumSet.noneOf(Field.class);
        for (Field field : Field.values()) {
            if (field.isShareable() && conventionAllowed.contains(field) && picked.contains(field)
                    && (!needsConsent(cadre, field) || consentedCategories.contains(field.category()))) {
                visible.add(field);
            }
        }
        return Collections.unmodifiableSet(visible);
    }

    /** S3: consent where the cadre requires it; S4: health data only ever with explicit consent. */
    static boolean needsConsent(Cadre cadre, Field field) {
        return cadre.consentRequired() || field.category() == FieldCategory.HEALTH;
    }
}
