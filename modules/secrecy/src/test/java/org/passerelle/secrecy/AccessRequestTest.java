package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRequestTest {

    @Test
    void keepsItsOwnCopyOfTheRoles() {
        Set<Role> roles = new HashSet<>(Set.of(Role.CCAS_RECEPTION));
        AccessRequest request = new AccessRequest(roles, true, Relation.REFERENT, false, Action.READ, false);

        roles.add(Role.CCAS_AGENT);

        assertThat(request.roles()).containsExactly(Role.CCAS_RECEPTION);
        assertThatThrownBy(() -> request.roles().add(Role.CCAS_AGENT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessRequest(null, true, Relation.REFERENT, false, Action.READ, false))
                .withMessage("roles");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessRequest(Set.of(), true, null, false, Action.READ, false))
                .withMessage("relation");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessRequest(Set.of(), true, Relation.REFERENT, false, null, false))
                .withMessage("action");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessRequest(
                        new HashSet<>(Arrays.asList(Role.CCAS_AGENT, null)),
                        true,
                        Relation.REFERENT,
                        false,
                        Action.READ,
                        false))
                .withMessage("roles element");
    }
}
