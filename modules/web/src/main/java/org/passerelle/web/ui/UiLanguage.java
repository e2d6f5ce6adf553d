package org.passerelle.web.ui;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Locale;

/** The language the person chose for this session: French until they pick English. */
@SessionScoped
public class UiLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.FRENCH;

    Locale locale() {
        return locale;
    }

    void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
