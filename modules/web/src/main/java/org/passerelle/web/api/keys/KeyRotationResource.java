package org.passerelle.web.api.keys;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.keys.KeyRotationService;
import org.passerelle.application.keys.RotationView;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/key-rotations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyRotationResource {

    @Inject
    Caller caller;

    @Inject
    KeyRotationService rotations;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            summary =
                    "Rotate an organisation's data key: the new version is primary at once; rows are re-encrypted in the background")
    public Response start(KeyRotationRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        RotationView view = rotations.start(caller, request.organisation());
        return Response.accepted(view)
                .location(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A rotation's progress: rows done of total, rate, estimated time left")
    public RotationView progress(@PathParam("id") UUID id) {
        return rotations.progress(caller, id);
    }

    @GET
    @Operation(summary = "The latest rotations")
    public List<RotationView> list() {
        return rotations.list(caller);
    }
}
