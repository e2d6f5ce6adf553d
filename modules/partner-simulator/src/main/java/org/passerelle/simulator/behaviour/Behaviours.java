package org.passerelle.simulator.behaviour;

import java.util.EnumMap;
import java.util.Map;
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
