package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules one at a time, as a reader of DESIGN S6, S8 and S15 would check them. */
class CcasAccessPolicyTest {

    private static final Set<Role> AGENT = Set.of(Role.CCAS_AGENT);
    private static final Set<Role> RECEPTION = Set.of(Role.CCAS_RECEPTION);
    private static final Set<Role> AGENT_AND_RECEPTION = Set.of(Role.CCAS_AGENT, Role.CCAS_RECEPTION);

    private static AccessDecision decide(Set<Role> roles, Relation relation) {
        return CcasAccessPolicy.decide(new AccessRequest(roles, true, relation, false, Action.READ, false));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void receptionNeverSeesNotesHealthResourcesOrNir(Relation relation) {
        for (Action action : Action.values()) {
            for (boolean nirRevealRequested : new boolean[] {true, false}) {
                AccessDecision decision = CcasAccessPolicy.decide(
                        new AccessRequest(RECEPTION, true, relation, false, action, nirRevealRequested));

                assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
                assertThat(decision.visibleFields())
                        .isNotEmpty()
                        .doesNotContain(
                                Field.NOTE_BODY, Field.CASE_HEALTH_NOTES, Field.CASE_RESOURCES, Field.PERSON_NIR)
                        .allSatisfy(field ->
                                assertThat(field.category()).isIn(FieldCategory.IDENTITY, FieldCategory.CONTACT));
                assertThat(decision.nir()).isEqualTo(NirDisclosure.NONE);
                assertThat(decision.reasonCode()).isEqualTo("reception-scope");
            }
        }
    }

    @Test
    void otherOrganisationIsNotFoundEvenWhenRestricted() {
        AccessDecision decision =
                CcasAccessPolicy.decide(new AccessRequest(AGENT, false, Relation.REFERENT, true, Action.READ, false));

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(decision.reasonCode()).isEqualTo("other-organisation");
        assertThat(decision.visibleFields()).isEmpty();
        assertThat(decision.nir()).isEqualTo(NirDisclosure.NONE);
    }

    @Test
    void restrictedBeatsAssignment() {
        for (Set<Role> roles : Set.of(AGENT, RECEPTION, AGENT_AND_RECEPTION)) {
            AccessDecision decision =
                    CcasAccessPolicy.decide(new AccessRequest(roles, true, Relation.REFERENT, true, Action.READ, true));

            assertThat(decision.outcome()).as("roles %s", roles).isEqualTo(Outcome.RESTRICTED);
            assertThat(decision.reasonCode()).isEqualTo("restricted");
            assertThat(decision.visibleFields()).isEmpty();
            assertThat(decision.nir()).isEqualTo(NirDisclosure.NONE);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PARTNER_CASEWORKER", "AUDITOR", "ADMIN"})
    void partnerAuditorAndAdminAreAlwaysForbidden(Role role) {
        for (Relation relation : Relation.values()) {
            for (boolean sameOrganisation : new boolean[] {true, false}) {
                AccessDecision decision = CcasAccessPolicy.decide(
                        new AccessRequest(Set.of(role), sameOrganisation, relation, false, Action.READ, true));

                assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
                assertThat(decision.reasonCode()).isEqualTo("role-not-permitted");
                assertThat(decision.visibleFields()).isEmpty();
            }
        }
    }

    @Test
    void noRoleIsForbidden() {
        assertThat(decide(Set.of(), Relation.REFERENT).outcome()).isEqualTo(Outcome.FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(
            value = Relation.class,
            names = {"REFERENT", "TEAM_MEMBER"})
    void agentOnTheDossierSeesEveryFieldWithTheNirMasked(Relation relation) {
        AccessDecision decision = decide(AGENT, relation);

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.visibleFields()).containsExactlyInAnyOrder(Field.values());
        assertThat(decision.nir()).isEqualTo(NirDisclosure.MASKED);
        assertThat(decision.reasonCode()).isEqualTo("allowed");
    }

    @Test
    void aDelegateReadsAndWritesAsATeamMemberWouldUnderItsOwnReason() {
        for (Action action : Action.values()) {
            for (boolean nirRevealRequested : new boolean[] {true, false}) {
                AccessDecision delegated = CcasAccessPolicy.decide(
                        new AccessRequest(AGENT, true, Relation.DELEGATE, false, action, nirRevealRequested));
                AccessDecision member = CcasAccessPolicy.decide(
                        new AccessRequest(AGENT, true, Relation.TEAM_MEMBER, false, action, nirRevealRequested));

                assertThat(delegated.outcome()).isEqualTo(Outcome.ALLOW);
                assertThat(delegated.visibleFields()).isEqualTo(member.visibleFields());
                assertThat(delegated.nir()).isEqualTo(member.nir());
                assertThat(delegated.reasonCode()).isEqualTo("delegated");
            }
        }
    }

    @Test
    void aDelegationOpensNeitherARestrictedDossierNorAnotherCcasOne() {
        assertThat(CcasAccessPolicy.decide(new AccessRequest(AGENT, true, Relation.DELEGATE, true, Action.READ, false))
                        .outcome())
                .isEqualTo(Outcome.RESTRICTED);
        assertThat(CcasAccessPolicy.decide(
                                new AccessRequest(AGENT, false, Relation.DELEGATE, false, Action.READ, false))
                        .outcome())
                .isEqualTo(Outcome.NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void theCcasManagerReadsNoDossierContent(Relation relation) {
        for (Action action : Action.values()) {
            AccessDecision decision = CcasAccessPolicy.decide(
                    new AccessRequest(Set.of(Role.CCAS_MANAGER), true, relation, false, action, false));

            assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
            assertThat(decision.reasonCode()).isEqualTo("role-not-permitted");
            assertThat(decision.visibleFields()).isEmpty();
        }
    }

    @Test
    void theCcasManagerReassignsADossierOfTheirCcasWithoutSeeingAField() {
        AccessDecision decision = CcasAccessPolicy.decideAssignment(
                new AccessRequest(Set.of(Role.CCAS_MANAGER), true, Relation.UNASSIGNED, false, Action.WRITE, false));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reasonCode()).isEqualTo(CcasAccessPolicy.MANAGER_ASSIGNMENT);
        assertThat(decision.visibleFields()).isEmpty();
        assertThat(decision.nir()).isEqualTo(NirDisclosure.NONE);
    }

    @Test
    void noOneButTheManagerReassignsThisWayNorAnotherCcasOrARestrictedDossier() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.CCAS_MANAGER))) {
            assertThat(CcasAccessPolicy.decideAssignment(new AccessRequest(
                                    Set.of(role), true, Relation.REFERENT, false, Action.WRITE, false))
                            .reasonCode())
                    .as(role.roleName())
                    .isEqualTo("role-not-permitted");
        }
        Set<Role> manager = Set.of(Role.CCAS_MANAGER);
        assertThat(CcasAccessPolicy.decideAssignment(
                                new AccessRequest(manager, false, Relation.UNASSIGNED, false, Action.WRITE, false))
                        .outcome())
                .isEqualTo(Outcome.NOT_FOUND);
        assertThat(CcasAccessPolicy.decideAssignment(
                                new AccessRequest(manager, true, Relation.UNASSIGNED, true, Action.WRITE, false))
                        .outcome())
                .isEqualTo(Outcome.RESTRICTED);
    }

    @Test
    void agentOnTheDossierSeesTheFullNirOnlyWhenAsking() {
        AccessDecision decision =
                CcasAccessPolicy.decide(new AccessRequest(AGENT, true, Relation.REFERENT, false, Action.READ, true));

        assertThat(decision.nir()).isEqualTo(NirDisclosure.FULL);
    }

    @Test
    void theFullNirIsForThoseWhoFollowTheUsagerOnly() {
        for (Relation relation : new Relation[] {Relation.NO_DOSSIER, Relation.BREAK_GLASS}) {
            AccessDecision decision =
                    CcasAccessPolicy.decide(new AccessRequest(AGENT, true, relation, false, Action.READ, true));

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.nir()).as("asked for, %s", relation).isEqualTo(NirDisclosure.MASKED);
        }
    }

    @Test
    void agentNotOnTheDossierIsForbidden() {
        AccessDecision decision = decide(AGENT, Relation.UNASSIGNED);

        assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
        assertThat(decision.reasonCode()).isEqualTo("unassigned");
        assertThat(decision.visibleFields()).isEmpty();
    }

    @Test
    void agentRegisteringAnUsagerWithoutDossierSeesIdentityContactAndNir() {
        AccessDecision decision = CcasAccessPolicy.decide(
                new AccessRequest(AGENT, true, Relation.NO_DOSSIER, false, Action.WRITE, false));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.visibleFields())
                .isEqualTo(Field.inCategories(
                        EnumSet.of(FieldCategory.IDENTITY, FieldCategory.CONTACT, FieldCategory.NIR)));
        assertThat(decision.nir()).isEqualTo(NirDisclosure.MASKED);
        assertThat(decision.reasonCode()).isEqualTo("registration-scope");
    }

    @Test
    void agentWhoIsAlsoReceptionKeepsTheReceptionViewOfADossierTheyAreNotOn() {
        AccessDecision decision = decide(AGENT_AND_RECEPTION, Relation.UNASSIGNED);

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.reasonCode()).isEqualTo("reception-scope");
        assertThat(decision.nir()).isEqualTo(NirDisclosure.NONE);
    }

    @Test
    void agentWhoIsAlsoReceptionSeesTheWholeDossierTheyAreOn() {
        AccessDecision decision = decide(AGENT_AND_RECEPTION, Relation.TEAM_MEMBER);

        assertThat(decision).isEqualTo(decide(AGENT, Relation.TEAM_MEMBER));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PARTNER_CASEWORKER", "AUDITOR", "ADMIN"})
    void anotherRoleNeitherAddsNorRemoves(Role other) {
        for (Relation relation : Relation.values()) {
            assertThat(decide(Set.of(Role.CCAS_AGENT, other), relation)).isEqualTo(decide(AGENT, relation));
            assertThat(decide(Set.of(Role.CCAS_RECEPTION, other), relation)).isEqualTo(decide(RECEPTION, relation));
        }
    }

    @Test
    void refusesANullRequest() {
        assertThatNullPointerException()
                .isThrownBy(() -> CcasAccessPolicy.decide(null))
                .withMessage("request");
    }
}
