package org.passerelle.web.ui.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers the current POST with a file instead of the page. The name is fixed by the caller and
 * never personal; the file is not to be cached, since it holds journal or usager data.
 */
final class Download {

    private Download() {}

    static void send(byte[] body, String contentType, String filename) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(body.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        try {
            external.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send " + filename, e);
        }
        faces.responseComplete();
    }
}
