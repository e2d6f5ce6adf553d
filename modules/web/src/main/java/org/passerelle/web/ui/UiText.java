package org.passerelle.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the pages' bundles, for what the beans say (messages); the views use {@code #{msg[...]}}. */
public final class UiText {

    static final String BUNDLE = "org.passerelle.web.ui.messages";

    private UiText() {
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** The language the person chose; the view's is not set yet while an action or view action runs. */
    public static Locale locale() {
        return CDI.current().select(UiLanguage.class).get().locale();
    }

    static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        // The bundles are written in plain text: apostrophes are literal, not MessageFormat quotes.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** A message shown at the top of the page, kept across the redirect that follows an action. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
