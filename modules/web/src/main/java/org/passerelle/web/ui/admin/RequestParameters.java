package org.passerelle.web.ui.admin;

import jakarta.faces.context.FacesContext;
import java.util.UUID;

/** The request parameters the admin pages read: the hidden fields of row forms, the query of a GET. */
final class RequestParameters {

    private RequestParameters() {}

    static String parameter(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
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
