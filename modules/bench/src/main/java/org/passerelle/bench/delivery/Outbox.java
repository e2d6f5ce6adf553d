package org.passerelle.bench.delivery;

import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The outbox rows of some orientations (their ORIENTATION messages) in the stack's database, read and rescheduled. */
final class Outbox {

    /** {@code closed}: dead or skipped; {@code lastDelivered} null while none is. */
    record State(long all, long delivered, long closed, double meanAttempts, Instant lastDelivered) {}

    /** The messages of these orientations: {@link #MINE} to read them, {@link #WHERE_MINE} to update them. */
    private static final String WHERE_MINE = " WHERE kind = 'ORIENTATION' AND referral_id = ANY (?)";

    private static final String MINE = " FROM outbox_message" + WHERE_MINE;

    private final Connection db;
    private final Array ids;
    private final int size;

    Outbox(Connection db, List<UUID> ids) throws SQLException {
        this.db = db;
        this.ids = db.createArrayOf("uuid", ids.toArray());
        this.size = ids.size();
    }

    State state() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*), count(*) FILTER (WHERE state = 'DELIVERED'), "
                + "count(*) FILTER (WHERE state IN ('DEAD', 'SKIPPED')), coalesce(avg(attempts), 0), max(delivered_at)"
                + MINE)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp last = rs.getTimestamp(5);
                return new State(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getDouble(4),
                        last == null ? null : last.toInstant());
            }
        }
    }

    /**
     * Parks them: every pending message set due in an hour, again and again, until for {@code quiet}
     * none has been taken by a delivery worker in between (none unparked, the sum of attempts
     * unchanged). A message parked while a worker held it (its failing attempt under way) is set back
     * to its backoff when that attempt ends, and parked again by the next round. Then no worker holds
     * any, and none will take one before {@link #release}.
     */
    void park(Duration quiet) throws Exception {
        try (PreparedStatement update = db.prepareStatement(
                        "UPDATE outbox_message SET next_attempt_at = now() + " + "interval '1 hour'" + WHERE_MINE
                                + " AND state = 'PENDING' AND next_attempt_at < now() + interval '30 minutes'");
                PreparedStatement check = db.prepareStatement("SELECT count(*) FILTER (WHERE state <> 'PENDING' OR "
                        + "next_attempt_at < now() + interval '30 minutes'), coalesce(sum(attempts), 0)" + MINE)) {
            update.setArray(1, ids);
            check.setArray(1, ids);
            long[] quietSince = {System.nanoTime()};
            long[] attempts = {-1};
            await("the backlog parked (delivery workers keep taking its messages)")
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        update.executeUpdate();
                        try (ResultSet rs = check.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0 || rs.getLong(2) != attempts[0]) {
                                quietSince[0] = System.nanoTime();
                                attempts[0] = rs.getLong(2);
                            }
                        }
                        return System.nanoTime() - quietSince[0] >= quiet.toNanos();
                    });
        }
    }

    /** Sets the parked messages due at T0 = now + {@code margin}, which it returns; no worker holds any. */
    Instant release(Duration margin) throws SQLException {
        Instant due = Instant.now().plus(margin).truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE outbox_message SET next_attempt_at = ?" + WHERE_MINE + " AND state = 'PENDING'")) {
            update.setTimestamp(1, Timestamp.from(due));
            update.setArray(2, ids);
            int released = update.executeUpdate();
            if (released != size) {
                throw new IllegalStateException("released " + released + " of " + size + " messages");
            }
        }
        return due;
    }
}
