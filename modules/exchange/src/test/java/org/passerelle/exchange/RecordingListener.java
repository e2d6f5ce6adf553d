package org.passerelle.exchange;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps what the exchange hands over; can be told to fail a number of times, or to refuse. */
final class RecordingListener implements InboundListener {

    record Refusal(String partnerCode, String code) {}

    final BlockingQueue<String> statuses = new LinkedBlockingQueue<>();
    final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String refuseWith;

    /** The next {@code count} statuses throw a RuntimeException (after being counted). */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    void refuseWith(String code) {
        refuseWith = code;
    }

    @Override
    public void onStatus(PartnerEndpoint partner, byte[] verifiedDocument) {
        calls.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("database unavailable");
        }
        if (refuseWith != null) {
            throw new InboundRefusedException(refuseWith);
        }
        statuses.add(new String(verifiedDocument, StandardCharsets.UTF_8));
    }

    @Override
    public void onRefused(PartnerEndpoint partner, String code) {
        refusals.add(new Refusal(partner.partnerCode(), code));
    }

    String nextStatus() throws InterruptedException {
        return statuses.poll(20, TimeUnit.SECONDS);
    }

    Refusal nextRefusal() throws InterruptedException {
        return refusals.poll(20, TimeUnit.SECONDS);
    }
}
