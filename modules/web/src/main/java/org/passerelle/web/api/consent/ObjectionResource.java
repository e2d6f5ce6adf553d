package org.passerelle.web.api.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.dossier.ObjectionDetails;
import org.passerelle.application.dossier.ObjectionService;
import org.passerelle.application.dossier.ObjectionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/objections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    @Inject
    Caller caller;

    @Inject
    ObjectionService objections;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            summary = "Record an usager's objection to categories going to one organisation (GDPR art. 21);"
                    + " it cancels the open orientations it covers and opens the DPO's review")
    public Response record(ObjectionDetails request) {
        ObjectionView objection = objections.record(caller, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(objection.id().toString())
                        .build())
                .entity(objection)
                .build();
    }

    @GET
    @Operation(summary = "An usager's objections, most recent first")
    public List<ObjectionView> list(@QueryParam("personId") UUID personId) {
        return objections.of(caller, personId);
    }

    @GET
    @Path("pending")
    @Operation(summary = "The objections waiting for the DPO's review, oldest first")
    public List<ObjectionView> pending() {
        return objections.pending(caller);
    }

    @POST
    @Path("{id}/review")
    @Operation(
            summary = "The DPO's review of an objection, once: UPHELD, or OVERRIDDEN with the reference of the"
                    + " written decision stating compelling legitimate grounds")
    public ObjectionView review(@PathParam("id") UUID id, ReviewRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        return objections.review(caller, id, request.decision(), request.groundsReference());
    }
}
