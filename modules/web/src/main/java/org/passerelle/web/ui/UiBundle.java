package org.passerelle.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One of the pages' bundles (French and English, no base file), for what the beans say; the views
 * read the same bundles through {@code #{msg[...]}}, {@code #{audit[...]}}, {@code #{admin[...]}}.
 * Texts are in the language the person chose ({@link UiText#locale()}).
 */
public final class UiBundle {

    public static final UiBundle MESSAGES = new UiBundle("org.passerelle.web.ui.messages");
    public static final UiBundle AUDIT = new UiBundle("org.passerelle.web.ui.audit");
    public static final UiBundle ADMIN = new UiBundle("org.passerelle.web.ui.admin");

    private final String baseName;

    private UiBundle(String baseName) {
        this.baseName = baseName;
    }

    public String text(String key, Object... arguments) {
        var locale = UiText.locale();
        String pattern = ResourceBundle.getBundle(
                        baseName,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        // The bundles are plain text: an apostrophe is literal, not a MessageFormat quote.
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** The text of the key, or {@code fallback} when the bundle lacks it (a new enum value, say). */
    public String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A message at the top of the page, kept across the redirect that follows an action. */
    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), true);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), true);
    }

    /** A message for the page being rendered now (bad parameters of a GET): no redirect follows. */
    public void errorNow(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), false);
    }

    private static void add(FacesMessage.Severity severity, String text, boolean keep) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (keep) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
