package org.passerelle.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;

/** The shared bundle ({@code messages}) for what the beans say, and the language chosen. */
public final class UiText {

    private UiText() {}

    public static String text(String key, Object... arguments) {
        return UiBundle.MESSAGES.text(key, arguments);
    }

    /** The language the person chose; the view's is not set yet while an action or view action runs. */
    public static Locale locale() {
        return CDI.current().select(UiLanguage.class).get().locale();
    }

    /** A message shown at the top of the page, kept across the redirect that follows an action. */
    public static void info(String key, Object... arguments) {
        UiBundle.MESSAGES.info(key, arguments);
    }

    public static void error(String key, Object... arguments) {
        UiBundle.MESSAGES.error(key, arguments);
    }
}
