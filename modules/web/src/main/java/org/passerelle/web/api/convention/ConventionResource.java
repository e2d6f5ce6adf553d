package org.passerelle.web.api.convention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.web.api.Versions;

@Path("/conventions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConventionResource {

    @Inject
    Caller caller;

    @Inject
    ConventionService conventions;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary =
                    "Conventions de partage, by partner, cadre and purpose: all for admins, the active ones for agents")
    public List<ConventionResponse> list(@QueryParam("partner") String partner) {
        return conventions.list(caller, partner).stream()
                .map(ConventionResponse::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a convention (its version is the ETag)")
    public Response read(@PathParam("id") UUID id) {
        ConventionView view = conventions.read(caller, id);
        return Versions.ok(ConventionResponse.of(view), view.version()).build();
    }

    @POST
    @Operation(summary = "Create a convention for a partner, cadre and purpose (one active at a time)")
    public Response create(ConventionRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        ConventionView view = conventions.create(caller, request.toDetails());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .entity(ConventionResponse.of(view))
                .tag(Versions.etag(view.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Replace a convention's terms (If-Match: the ETag read); terms left out take the"
                    + " defaults, as on creation; partner, cadre and purpose stay")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ConventionUpdateRequest request) {
        long expected = Versions.expected(ifMatch, uriInfo.getRequestUri().getPath());
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        ConventionView view = conventions.update(caller, id, expected, request.toTerms());
        return Versions.ok(ConventionResponse.of(view), view.version()).build();
    }

    @POST
    @Path("{id}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a convention, for good: no new orientation can rest on it")
    public Response deactivate(@PathParam("id") UUID id) {
        ConventionView view = conventions.deactivate(caller, id);
        return Versions.ok(ConventionResponse.of(view), view.version()).build();
    }
}
