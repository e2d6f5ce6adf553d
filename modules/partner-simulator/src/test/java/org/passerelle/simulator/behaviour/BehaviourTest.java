package org.passerelle.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.simulator.document.Json;

class BehaviourTest {

    @Test
    void repliesUpToAcceptAnswerTheOrientationAndTheRestTheShare() throws Exception {
        Behaviour behaviour = Behaviour.fromJson(
                Json.MAPPER.readTree("{\"replies\": [\"ACKNOWLEDGE\", \"ACCEPT\", \"START\", \"COMPLETE\"]}"));

        assertThat(behaviour.repliesTo("ORIENTATION")).containsExactly("ACKNOWLEDGE", "ACCEPT");
        assertThat(behaviour.repliesTo("SHARE")).containsExactly("START", "COMPLETE");
        assertThat(behaviour.repliesTo("MESSAGE")).isEmpty();
    }

    @Test
    void withoutAcceptEverythingAnswersTheOrientation() throws Exception {
        Behaviour behaviour = Behaviour.fromJson(Json.MAPPER.readTree("{\"replies\": [\"ACKNOWLEDGE\", \"REJECT\"]}"));

        assertThat(behaviour.repliesTo("ORIENTATION")).containsExactly("ACKNOWLEDGE", "REJECT");
        assertThat(behaviour.repliesTo("SHARE")).isEmpty();
    }

    @Test
    void aPutReplacesTheWholeBehaviourMissingMembersTakeTheirDefault() throws Exception {
        Behaviour behaviour = Behaviour.fromJson(Json.MAPPER.readTree("{\"down\": true}"));

        assertThat(behaviour)
                .isEqualTo(new Behaviour(
                        Behaviour.DEFAULT.replies(),
                        Behaviour.DEFAULT.caseworker(),
                        Behaviour.DEFAULT.rejectReasonCode(),
                        Behaviour.DEFAULT.outcomeCode(),
                        Behaviour.DEFAULT.message(),
                        0,
                        true,
                        false,
                        0,
                        false));
        assertThatThrownBy(() -> Behaviour.fromJson(Json.MAPPER.readTree("{\"failTimes\": \"two\"}")))
                .hasMessage("failTimes is not a non-negative integer");
    }
}
