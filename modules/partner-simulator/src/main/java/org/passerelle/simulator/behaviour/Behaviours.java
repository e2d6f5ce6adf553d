package org.passerelle.simulator.behaviour;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.passerelle.simulator.Partner;

/** The behaviour in force for each partner; starts at {@link Behaviour#DEFAULT}. */
public final class Behaviours {

    private final Map<Partner, Behaviour> current = new EnumMap<>(Partner.class);

    public Behaviours() {
        for (Partner partner : Partner.values()) {
            current.put(partner, Behaviour.DEFAULT);
        }
    }

    public synchronized Behaviour get(Partner partner) {
        return current.get(partner);
    }

    public synchronized void set(Partner partner, Behaviour behaviour) {
        current.put(partner, behaviour);
        notifyAll();
    }

    /**
     * Holds the caller while the partner hangs ({@code hang: true}), at most {@code longest}; true
     * if it hung at all. A hung partner takes the connection in and answers nothing.
     */
    public synchronized boolean hangWhileSet(Partner partner, Duration longest) throws InterruptedException {
        if (!current.get(partner).hang()) {
            return false;
        }
        long deadline = System.nanoTime() + longest.toNanos();
        long left;
        while (current.get(partner).hang() && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** True when this delivery must fail, counting it against {@code failTimes}. */
    public synchronized boolean takeFailure(Partner partner) {
        Behaviour behaviour = current.get(partner);
        if (behaviour.failTimes() <= 0) {
            return false;
        }
        current.put(partner, behaviour.withFailTimes(behaviour.failTimes() - 1));
        return true;
    }
}
