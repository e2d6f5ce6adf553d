package org.passerelle.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** The SMTP server a stack's notifications reach: GreenMail, in this JVM. */
public final class Smtp implements AutoCloseable {

    private final GreenMail greenMail;

    private Smtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static Smtp start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new Smtp(greenMail);
    }

    /** Every e-mail received so far, in arrival order. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
