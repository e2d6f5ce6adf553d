package org.passerelle.web.ui.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Texts of the administrator's bundle for what the beans say. {@code UiText} reads the shared
 * {@code messages} bundle; the admin pages keep their words apart so they can be translated alone.
 */
final class AdminText {

    static final String BUNDLE = "org.passerelle.web.ui.admin";

    private AdminText() {
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    }

    static String text(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of the key, or {@code fallback} when the bundle lacks it (a new enum value, say). */
    static String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A message at the top of the page, kept across the redirect that follows an action (PRG). */
    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), true);
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), true);
    }

    /** A message for the page being rendered now (bad parameters of a GET): no redirect follows. */
    static void errorNow(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), false);
    }

    private static void add(FacesMessage.Severity severity, String text, boolean keep) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (keep) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** A request parameter (the hidden fields of the row forms, the query of a GET), or null. */
    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** An id from a request parameter; null when absent or not an id (the page then says so). */
    static UUID id(String name) {
        String text = parameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
