package org.passerelle.web.api.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.dossier.ConsentService;
import org.passerelle.application.dossier.PriorNoticeDetails;
import org.passerelle.application.dossier.PriorNoticeView;
import org.passerelle.application.identity.Caller;

@Path("/prior-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorNoticeResource {

    @Inject
    Caller caller;

    @Inject
    ConsentService consents;

    @POST
    @Operation(summary = "Record that the usager was informed which categories may go to which organisations")
    public Response record(PriorNoticeDetails request) {
        return Response.status(Response.Status.CREATED)
                .entity(consents.recordNotice(caller, request))
                .build();
    }

    @GET
    @Operation(summary = "An usager's prior notices, most recent first")
    public List<PriorNoticeView> list(@QueryParam("personId") UUID personId) {
        return consents.notices(caller, personId);
    }
}
