package org.passerelle.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Sends the {@link Notice}s of a transaction once it has committed, on the server's managed
 * executor: a rolled-back change sends nothing, and a slow or absent SMTP server neither delays
 * nor fails the change. A failure is logged once at WARN with the orientation's id and the
 * address's domain only; nothing is retried (the timeline in Passerelle remains the record).
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class);
    /** Bounds on a stuck SMTP server, in milliseconds, unless the mail session sets its own. */
    private static final String TIMEOUT = "10000";

    @Resource(lookup = "java:jboss/mail/Passerelle")
    Session session;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @PostConstruct
    void bounds() {
        Properties properties = session.getProperties();
        for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            properties.putIfAbsent(key, TIMEOUT);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        try {
            executor.execute(() -> send(notice));
        } catch (RejectedExecutionException e) {
            LOG.warnf(
                    "Notification %s of orientation %s to %s not sent: the executor refused it",
                    notice.event(), notice.referralId(), notice.toDomain());
        }
    }

    void send(Notice notice) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(); // the mail session's from (PASSERELLE_MAIL_FROM)
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.to(), true));
            message.setSubject(notice.subject(), "UTF-8");
            message.setText(notice.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Passerelle-Referral", notice.referralId().toString());
            message.setHeader("X-Passerelle-Event", notice.event());
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
            LOG.debugf(
                    "Notification %s of orientation %s sent to %s",
                    notice.event(), notice.referralId(), notice.toDomain());
        } catch (MessagingException | RuntimeException e) {
            // The exception's message may quote the address: only its type and its cause's type.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf(
                    "Notification %s of orientation %s to %s not sent: %s (%s)",
                    notice.event(),
                    notice.referralId(),
                    notice.toDomain(),
                    e.getClass().getSimpleName(),
                    root.getClass().getSimpleName());
        }
    }
}
