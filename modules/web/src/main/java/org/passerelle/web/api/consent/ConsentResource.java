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
import org.passerelle.application.dossier.ConsentDetails;
import org.passerelle.application.dossier.ConsentService;
import org.passerelle.application.dossier.ConsentView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Caller caller;

    @Inject
    ConsentService consents;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record an usager's consent to share categories with one organisation for one purpose")
    public Response record(ConsentDetails request) {
        ConsentView consent = consents.record(caller, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(consent.id().toString())
                        .build())
                .entity(consent)
                .build();
    }

    @GET
    @Operation(summary = "An usager's consents with their status today, most recently given first")
    public List<ConsentView> list(@QueryParam("personId") UUID personId) {
        return consents.consents(caller, personId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a consent")
    public ConsentView read(@PathParam("id") UUID id) {
        return consents.read(caller, id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a consent, at once and for good")
    public ConsentView withdraw(@PathParam("id") UUID id, WithdrawalRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        return consents.withdraw(caller, id, request.reason());
    }
}
