package org.passerelle.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** JAX-RS's own refusals (unknown path, wrong method or media type...) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        LOG.debugf("%s answered %d", uriInfo.getPath(), status);
        Response problem = HttpProblems.forStatus(status, uriInfo.getRequestUri().getPath()).toResponse();
        if (status == 401) {
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        return problem;
    }
}
