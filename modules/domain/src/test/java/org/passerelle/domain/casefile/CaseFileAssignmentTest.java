package org.passerelle.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.Relation;

/** How a member of the CCAS stands to a dossier by assignment, the one place both dossier and orientation ask. */
class CaseFileAssignmentTest {

    private static CaseFile dossier() {
        CaseFile caseFile = new CaseFile(
                "ccas-saumur", UUID.randomUUID(), "agent.saumur", 1, Instant.parse("2026-11-23T09:00:00Z"));
        caseFile.assign("agent.saumur", Set.of("collegue.saumur"));
        return caseFile;
    }

    @Test
    void theReferentTheTeamAndAnyoneElse() {
        CaseFile caseFile = dossier();

        assertThat(caseFile.assignmentOf("agent.saumur")).isEqualTo(Relation.REFERENT);
        assertThat(caseFile.assignmentOf("collegue.saumur")).isEqualTo(Relation.TEAM_MEMBER);
        assertThat(caseFile.assignmentOf("accueil.saumur")).isEqualTo(Relation.UNASSIGNED);
    }

    @Test
    void aNewReferentLeavesTheTeamAndTheFormerOneIsNoLongerAssigned() {
        CaseFile caseFile = dossier();

        caseFile.assign("collegue.saumur", Set.of("collegue.saumur"));

        assertThat(caseFile.assignmentOf("collegue.saumur")).isEqualTo(Relation.REFERENT);
        assertThat(caseFile.assignmentOf("agent.saumur")).isEqualTo(Relation.UNASSIGNED);
    }
}
