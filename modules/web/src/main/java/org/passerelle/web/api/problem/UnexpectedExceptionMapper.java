package org.passerelle.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.passerelle.web.api.input.BodyTooLargeException;

/**
 * Anything no other mapper knows: a bug, logged with its stack for the operator and answered with
 * a bare 500 so that no message (which might hold a value) reaches the client; or a lost database
 * connection, answered 503 ({@link Unavailable}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        // A body cut at its limit surfaces as a reader's IOException when nothing wrapped it.
        BodyTooLargeException tooLarge = BodyTooLargeException.in(exception);
        if (tooLarge != null) {
            return tooLarge.problem(uriInfo.getRequestUri().getPath()).toResponse();
        }
        return unexpected(exception, uriInfo);
    }

    static Response unexpected(Throwable exception, UriInfo uriInfo) {
        Response lost = Unavailable.ifDatabaseLost(
                exception, loggable(uriInfo), uriInfo.getRequestUri().getPath());
        if (lost != null) {
            return lost;
        }
        LOG.errorf(exception, "Unexpected failure on %s", loggable(uriInfo));
        return HttpProblems.forStatus(500, uriInfo.getRequestUri().getPath()).toResponse();
    }

    /**
     * The request's path for a log line: as sent, percent-encoded, so that whatever a path
     * parameter holds (a control character, a line break forging a log line) stays inert.
     */
    static String loggable(UriInfo uriInfo) {
        return uriInfo.getRequestUri().getRawPath();
    }
}
