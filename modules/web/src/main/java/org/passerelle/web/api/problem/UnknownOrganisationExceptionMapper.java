package org.passerelle.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.passerelle.application.identity.UnknownOrganisationException;

@Provider
public class UnknownOrganisationExceptionMapper implements ExceptionMapper<UnknownOrganisationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnknownOrganisationException exception) {
        return new Problem("unknown-organisation", "Unknown organisation", 403,
                "Your account names no organisation registered in Passerelle; ask an administrator.",
                uriInfo.getRequestUri().getPath()).toResponse();
    }
}
