package org.passerelle.web.ui;

import java.util.UUID;

/** Small helpers the page beans share: ids from the address, and where to go after an action. */
public final class UiPages {

    private UiPages() {}

    /** The id in the address, or null (after a "not found" message) when it is not one. */
    public static UUID id(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            UiText.error("error.not-found");
            return null;
        }
    }

    /** A Faces outcome that redirects (POST-redirect-GET) to a page, with an id when given. */
    public static String go(String view, UUID id) {
        return view + "?faces-redirect=true" + (id == null ? "" : "&id=" + id);
    }

    /**
     * After an action: null (same page, the refusal shown) when it was refused, else its confirmation
     * message and a redirect to the page of the thing it changed.
     */
    public static String done(Object result, String messageKey, String view, UUID id) {
        if (result == null) {
            return null;
        }
        UiText.info(messageKey);
        return go(view, id);
    }
}
