package org.passerelle.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** S15: what a dossier records of its restriction (who may set it is the application's to decide). */
class CaseFileRestrictionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final String REASON = "Demande de limitation RGPD art. 18 du 23/11";

    private static CaseFile dossier() {
        return new CaseFile("ccas-saumur", UUID.randomUUID(), "agent.saumur", 1, T0);
    }

    @Test
    void aRestrictionRecordsWhoWhenAndWhy() {
        CaseFile caseFile = dossier();

        caseFile.restrict("dpo.saumur", REASON, T0);

        assertThat(caseFile.isRestricted()).isTrue();
        assertThat(caseFile.restrictedBy()).isEqualTo("dpo.saumur");
        assertThat(caseFile.restrictedAt()).isEqualTo(T0);
        assertThat(caseFile.restrictionReason()).isEqualTo(REASON);
        assertThat(caseFile.restrictionLiftedAt()).isNull();
    }

    @Test
    void liftingKeepsTheRestrictionOnRecordWithWhoLiftedIt() {
        CaseFile caseFile = dossier();
        caseFile.restrict("dpo.saumur", REASON, T0);

        caseFile.liftRestriction("dpo.adjoint", T0.plusSeconds(3600));

        assertThat(caseFile.isRestricted()).isFalse();
        assertThat(caseFile.restrictedBy()).isEqualTo("dpo.saumur");
        assertThat(caseFile.restrictionReason()).isEqualTo(REASON);
        assertThat(caseFile.restrictionLiftedBy()).isEqualTo("dpo.adjoint");
        assertThat(caseFile.restrictionLiftedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void aSecondRestrictionIsRefusedAndTheFirstStands() {
        CaseFile caseFile = dossier();
        caseFile.restrict("dpo.saumur", REASON, T0);

        assertThatThrownBy(() -> caseFile.restrict("dpo.adjoint", "Autre motif de limitation", T0.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        RestrictionStateException.class,
                        e -> assertThat(e.restricted()).isTrue());
        assertThat(caseFile.restrictedBy()).isEqualTo("dpo.saumur");
        assertThat(caseFile.restrictedAt()).isEqualTo(T0);
    }

    @Test
    void liftingAnUnrestrictedDossierIsRefused() {
        CaseFile caseFile = dossier();

        assertThatThrownBy(() -> caseFile.liftRestriction("dpo.saumur", T0))
                .isInstanceOfSatisfying(
                        RestrictionStateException.class,
                        e -> assertThat(e.restricted()).isFalse());
    }

    @Test
    void restrictingAgainAfterALiftStartsAFreshRecord() {
        CaseFile caseFile = dossier();
        caseFile.restrict("dpo.saumur", REASON, T0);
        caseFile.liftRestriction("dpo.saumur", T0.plusSeconds(60));

        caseFile.restrict("dpo.adjoint", "Nouvelle demande de l'usager", T0.plusSeconds(120));

        assertThat(caseFile.isRestricted()).isTrue();
        assertThat(caseFile.restrictedBy()).isEqualTo("dpo.adjoint");
        assertThat(caseFile.restrictionLiftedBy()).isNull();
        assertThat(caseFile.restrictionLiftedAt()).isNull();
    }
}
