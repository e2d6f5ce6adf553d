package org.passerelle.web.api.delegation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.passerelle.application.dossier.DelegationService;
import org.passerelle.application.dossier.DelegationView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {

    @Inject
    Caller caller;

    @Inject
    DelegationService delegations;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            summary = "Delegate a colleague of the CCAS (to) on your dossiers, or, as the CCAS manager, on an agent's"
                    + " (for), from a time (now by default) until another (92 days at most), with a reason naming no"
                    + " usager (S6). While it runs the delegate reads and writes those dossiers as a team member would;"
                    + " each access is journaled naming the delegation, without alert")
    public Response give(DelegationRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        DelegationView view = delegations.give(
                caller, request.forAgent(), request.to(), request.from(), request.until(), request.reason());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(
            summary = "The delegations you gave and received; the CCAS manager's and the DPO's: all of their CCAS,"
                    + " newest first")
    public List<DelegationView> list() {
        return delegations.list(caller);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a delegation before its term: its delegator or the CCAS manager. Already over: 409")
    public DelegationView end(@PathParam("id") UUID id) {
        return delegations.end(caller, id);
    }
}
