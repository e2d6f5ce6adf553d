package org.passerelle.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the links in the e-mails point ({@code PASSERELLE_PUBLIC_URL}, {@code http://localhost:8080}
 * by default). The SMTP server and the sender address are the server's mail session's, configured
 * by {@code PASSERELLE_SMTP_HOST}, {@code PASSERELLE_SMTP_PORT} and {@code PASSERELLE_MAIL_FROM}.
 */
@ApplicationScoped
public class NotificationConfig {

    @Inject
    @ConfigProperty(name = "passerelle.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
