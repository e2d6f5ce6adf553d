package org.passerelle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.FieldCategory;

class ObjectionTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private static Objection toTheCafOnHousing() {
        return new Objection(
                "ccas-saumur",
                UUID.randomUUID(),
                new Objection.Terms(
                        "caf-49", Set.of(FieldCategory.HOUSING), LocalDate.parse("2026-12-07"), ConsentMeans.ORAL),
                "agent.saumur",
                AT);
    }

    @Test
    void inForceFromItsRecordingItCoversItsRecipientAndCategoriesOnly() {
        Objection objection = toTheCafOnHousing();

        assertThat(objection.review()).isEqualTo(ObjectionReview.PENDING);
        assertThat(objection.covers("caf-49", Set.of(FieldCategory.IDENTITY, FieldCategory.HOUSING)))
                .isTrue();
        assertThat(objection.covers("caf-49", Set.of(FieldCategory.IDENTITY))).isFalse();
        assertThat(objection.covers("cpam-49", Set.of(FieldCategory.HOUSING))).isFalse();
    }

    @Test
    void anUpheldObjectionStaysInForceAnOverriddenOneNoLonger() {
        Objection upheld = toTheCafOnHousing();
        upheld.review(ObjectionReview.UPHELD, null, "dpo.saumur", AT);
        assertThat(upheld.covers("caf-49", Set.of(FieldCategory.HOUSING))).isTrue();

        Objection overridden = toTheCafOnHousing();
        overridden.review(ObjectionReview.OVERRIDDEN, "DEC-2026-017", "dpo.saumur", AT);
        assertThat(overridden.covers("caf-49", Set.of(FieldCategory.HOUSING))).isFalse();
        assertThat(overridden.groundsReference()).isEqualTo("DEC-2026-017");
        assertThat(overridden.reviewedBy()).isEqualTo("dpo.saumur");
    }

    @Test
    void theReviewIsRecordedOnceAndAnOverrideNeedsItsGrounds() {
        Objection objection = toTheCafOnHousing();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> objection.review(ObjectionReview.OVERRIDDEN, null, "dpo.saumur", AT));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> objection.review(ObjectionReview.UPHELD, "DEC-1", "dpo.saumur", AT));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> objection.review(ObjectionReview.PENDING, null, "dpo.saumur", AT));
        assertThat(objection.review()).isEqualTo(ObjectionReview.PENDING);

        objection.review(ObjectionReview.UPHELD, null, "dpo.saumur", AT);
        assertThatThrownBy(() -> objection.review(ObjectionReview.OVERRIDDEN, "DEC-1", "dpo.saumur", AT))
                .isInstanceOf(ObjectionReviewedException.class);
    }
}
