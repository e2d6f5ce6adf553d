package org.passerelle.simulator.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The statuses sent back, in memory only: what {@code GET /replies} lists. */
public final class ReplyLog {

    private final List<SentReply> replies = new ArrayList<>();

    public synchronized void add(SentReply reply) {
        replies.add(reply);
    }

    public synchronized List<SentReply> replies(Optional<String> partner) {
        return replies.stream()
                .filter(r -> partner.map(r.partner()::equals).orElse(true))
                .toList();
    }

    public synchronized void clear() {
        replies.clear();
    }
}
