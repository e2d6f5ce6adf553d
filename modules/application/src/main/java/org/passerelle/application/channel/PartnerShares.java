package org.passerelle.application.channel;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bulkhead of partner delivery on this node: how many workers each partner occupies, never
 * more than {@code limit} at once. A hung partner holds its share and no more; the other workers
 * keep serving the other partners.
 */
final class PartnerShares {

    private final int limit;
    private final Map<String, Integer> taken = new HashMap<>();

    PartnerShares(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A partner needs at least one worker");
        }
        this.limit = limit;
    }

    /** Takes a place for a worker delivering to {@code partner}; false when its share is full. */
    synchronized boolean enter(String partner) {
        int now = taken.getOrDefault(partner, 0);
        if (now >= limit) {
            return false;
        }
        taken.put(partner, now + 1);
        return true;
    }

    synchronized void leave(String partner) {
        taken.computeIfPresent(partner, (p, n) -> n > 1 ? n - 1 : null);
    }

    /** The partners whose share is full: a free worker looks elsewhere. */
    synchronized Set<String> full() {
        return taken.entrySet().stream()
                .filter(e -> e.getValue() >= limit)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
