package org.passerelle.simulator.amqp;

import java.util.function.Consumer;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.keys.PasserelleUnavailableException;
import org.passerelle.simulator.reception.EncryptedArrivals;

/**
 * Takes each message of {@code passerelle.orientations} in. While Passerelle's key cannot be fetched it
 * holds the message (unacknowledged) and tries again, rather than recording a failure that is not one.
 */
public final class DeptOrientationListener implements Consumer<byte[]> {

    private static final long RETRY_MILLIS = 2_000;

    private final EncryptedArrivals arrivals;
    private volatile boolean closing;

    public DeptOrientationListener(EncryptedArrivals arrivals) {
        this.arrivals = arrivals;
    }

    @Override
    public void accept(byte[] message) {
        while (!closing) {
            try {
                arrivals.receive(Partner.DEPT_49, Channel.AMQP, message);
                return;
            } catch (PasserelleUnavailableException e) {
                EventLog.event("arrival held partner=dept-49 channel=AMQP because=\"passerelle keys unavailable\"");
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                EventLog.event("arrival failed partner=dept-49 channel=AMQP error=" + EventLog.describe(e));
                return;
            }
        }
    }

    public void close() {
        closing = true;
    }
}
