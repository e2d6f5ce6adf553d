package org.passerelle.web.api.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.rights.RightsRequestPage;
import org.passerelle.application.rights.RightsRequestService;
import org.passerelle.application.rights.RightsRequestView;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.rights.RightsRequestKind;
import org.passerelle.domain.rights.RightsRequestStatus;
import org.passerelle.web.api.Versions;
import org.passerelle.web.api.input.PageParams;

/** The DPO's register of rights requests and complaints (GDPR art. 12; issue 21). Auditor only. */
@Path("/rights-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RightsRequestResource {

    @Inject
    Caller caller;

    @Inject
    RightsRequestService requests;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            summary = "Register a rights request or complaint of an usager of the DPO's CCAS; due one month after it"
                    + " was received. A RESTRICTION request restricts the usager's open dossiers at once (S15)")
    public Response register(RightsRequestRequests.Register request) {
        RightsRequestRequests.Register body = required(request);
        RightsRequestView view =
                requests.register(caller, body.personId(), body.kind(), body.receivedOn(), body.channel());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .entity(view)
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(summary = "The register of the DPO's CCAS, soonest due first; filters status, kind, overdue")
    public RightsRequestPage list(
            @QueryParam("status") RightsRequestStatus status,
            @QueryParam("kind") RightsRequestKind kind,
            @QueryParam("overdue") Boolean overdue,
            @BeanParam PageParams page) {
        return requests.list(caller, status, kind, overdue, page.paging());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a rights request")
    public Response read(@PathParam("id") UUID id) {
        RightsRequestView view = requests.read(caller, id);
        return Versions.ok(view, view.version()).build();
    }

    @POST
    @Path("{id}/extension")
    @Operation(
            summary = "Extend the deadline by 1 or 2 months (two in all at most) for COMPLEXITY or NUMBER_OF_REQUESTS"
                    + " (If-Match)")
    public Response extend(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RightsRequestRequests.Extension request) {
        long expected = expected(ifMatch);
        RightsRequestRequests.Extension body = required(request);
        RightsRequestView view = requests.extend(caller, id, expected, body.months(), body.reason());
        return Versions.ok(view, view.version()).build();
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Record the answer and close the request (If-Match)")
    public Response answer(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RightsRequestRequests.Answer request) {
        long expected = expected(ifMatch);
        RightsRequestRequests.Answer body = required(request);
        RightsRequestView view = requests.answer(caller, id, expected, body.answeredOn(), body.outcome());
        return Versions.ok(view, view.version()).build();
    }

    private long expected(String ifMatch) {
        return Versions.expected(ifMatch, uriInfo.getRequestUri().getPath());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return body;
    }
}
