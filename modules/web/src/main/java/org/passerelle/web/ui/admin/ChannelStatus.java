package org.passerelle.web.ui.admin;

import java.util.List;
import org.passerelle.domain.convention.Channel;

/**
 * How one partner's deliveries stand, so an operator sees which channel is failing.
 *
 * @param channels the channels of the partner's active conventions (none: no active convention)
 * @param pending  messages waiting for an attempt
 * @param retrying of those, the ones that failed at least once (the partner's system answers badly)
 * @param dead     messages that gave up and wait for someone to resend them
 */
public record ChannelStatus(String partner, List<Channel> channels, int pending, int retrying, int dead) {

    /** The state in words, most serious first; the page writes it as text, never only as a colour. */
    public enum Health {
        FAILING,
        RETRYING,
        SENDING,
        OK
    }

    public Health health() {
        if (dead > 0) {
            return Health.FAILING;
        }
        if (retrying > 0) {
            return Health.RETRYING;
        }
        return pending > 0 ? Health.SENDING : Health.OK;
    }

    /** Whether the row needs attention (the page marks it, with the text of {@link #health()}). */
    public boolean troubled() {
        return health() == Health.FAILING || health() == Health.RETRYING;
    }
}
