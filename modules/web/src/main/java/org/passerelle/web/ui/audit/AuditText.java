package org.passerelle.web.ui.audit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the auditor's bundle for what the beans say; the views use {@code #{audit[...]}}.
 * Like {@link org.passerelle.web.ui.UiText}, over the audit bundle: the shared bundle stays for the
 * frame and the shared errors. Texts with arguments are {@link MessageFormat} patterns, so the
 * bundle uses the typographic apostrophe (’), which MessageFormat leaves alone.
 */
final class AuditText {

    static final String BUNDLE = "org.passerelle.web.ui.audit";

    private AuditText() {
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

    /** A message at the top of the page (kept across a redirect, as UiText's are). */
    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
