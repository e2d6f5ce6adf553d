package org.passerelle.application.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerSharesTest {

    @Test
    void aPartnerTakesNoMoreThanItsShareAndTheOthersKeepTheirs() {
        PartnerShares shares = new PartnerShares(2);

        assertThat(shares.enter("caf-49")).isTrue();
        assertThat(shares.enter("caf-49")).isTrue();
        assertThat(shares.enter("caf-49"))
                .as("a third worker on a hung partner")
                .isFalse();
        assertThat(shares.full()).containsExactly("caf-49");
        assertThat(shares.enter("cpam-49")).isTrue();
        assertThat(shares.full()).containsExactly("caf-49");
    }

    @Test
    void aPlaceLeftIsFreeAgain() {
        PartnerShares shares = new PartnerShares(1);
        assertThat(shares.enter("dept-49")).isTrue();
        assertThat(shares.enter("dept-49")).isFalse();

        shares.leave("dept-49");

        assertThat(shares.full()).isEmpty();
        assertThat(shares.enter("dept-49")).isTrue();
    }

    @Test
    void everyPartnerHasAtLeastOneWorker() {
        assertThatThrownBy(() -> new PartnerShares(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
