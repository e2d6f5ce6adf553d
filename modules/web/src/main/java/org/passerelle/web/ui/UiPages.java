package org.passerelle.web.ui;

import jakarta.faces.context.FacesContext;
import java.util.UUID;

/** Small helpers the page beans share: ids from the address, and where to go after an action. */
public final class UiPages {

    private UiPages() {
    }

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

    /** Sends the browser's download of a generated file, then ends the Faces request. */
    public static void download(String contentType, String filename, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
