package org.passerelle.web.api.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PreviewView;
import org.passerelle.application.referral.ReferralDetails;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralSummary;
import org.passerelle.application.referral.ReferralView;
import org.passerelle.web.api.input.ListFilterParams;
import org.passerelle.web.api.input.PageParams;
import org.passerelle.web.api.input.PagedResponse;

@Path("/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    Caller caller;

    @Inject
    ReferralService referrals;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            summary =
                    "Draft an orientation on a dossier: partner, cadre, purpose, triage reason, urgency, fields, notes (ids)")
    public Response create(ReferralDetails request) {
        ReferralView referral = referrals.create(caller, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(referral.id().toString())
                        .build())
                .tag(new EntityTag(Long.toString(referral.version())))
                .entity(referral)
                .build();
    }

    @GET
    @Operation(
            summary = "The caller's working list, overdue ones first then the newest: filters status (repeatable),"
                    + " partner, urgency, overdue, agent (the sender), from/to (days sent), scope (mine, team,"
                    + " untaken); ended ones stay listed. A JSON array; page and size page it (the first 500"
                    + " without), X-Total-Count and Link (next, prev) tell the rest")
    @APIResponse(
            responseCode = "200",
            description = "A page of the list; X-Total-Count: the whole list's size",
            headers = @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralSummary.class)))
    public Response list(@BeanParam ListFilterParams filter, @BeanParam PageParams page) {
        return PagedResponse.of(referrals.list(caller, filter.filter(), page.pagingOrFirstMax()), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An orientation with the partner's answer, its outcome and its timeline")
    public ReferralView read(@PathParam("id") UUID id) {
        return referrals.read(caller, id);
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "Exactly what the partner will see once it accepts")
    public PreviewView preview(@PathParam("id") UUID id) {
        return referrals.preview(caller, id);
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send a draft: convention, pick, prior notice and consent are checked")
    public ReferralView send(@PathParam("id") UUID id) {
        return referrals.send(caller, id);
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Send the partner a message on a sent, open orientation (message, optional reasonCode)")
    public ReferralView message(@PathParam("id") UUID id, TransitionRequest request) {
        return referrals.message(caller, id, request == null ? null : request.details());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Withdraw an open orientation (optional reasonCode and message)")
    public ReferralView cancel(@PathParam("id") UUID id, TransitionRequest request) {
        return referrals.cancel(caller, id, request == null ? null : request.details());
    }
}
