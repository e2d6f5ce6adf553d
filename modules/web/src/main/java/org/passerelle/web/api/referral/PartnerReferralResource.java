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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.PartnerReferralView;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.web.api.input.ListFilterParams;
import org.passerelle.web.api.input.PageParams;
import org.passerelle.web.api.input.PagedResponse;

@Path("/partner/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerReferralResource {

    @Inject
    Caller caller;

    @Inject
    PartnerReferralService referrals;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary = "The open orientations addressed to the caller's organisation, as triage views, urgent first:"
                    + " filters status (repeatable), urgency, overdue, agent (holder or assignee), from/to, scope"
                    + " (mine, team: the whole inbox, untaken: no named recipient yet). A JSON array; page and size"
                    + " page it (the first 500 without), X-Total-Count and Link (next, prev) tell the rest")
    @APIResponse(
            responseCode = "200",
            description = "A page of the list; X-Total-Count: the whole list's size",
            headers = @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerReferralView.class)))
    public Response inbox(@BeanParam ListFilterParams filter, @BeanParam PageParams page) {
        return PagedResponse.of(referrals.inbox(caller, filter.filter(), page.pagingOrFirstMax()), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "The triage view; once accepted, the shared fields for the named recipient (fields=key,... narrows)")
    public PartnerReferralView read(@PathParam("id") UUID id, @QueryParam("fields") List<String> fields) {
        return referrals.read(caller, id, fields);
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Send the CCAS a message: ask for or give information (message, optional reasonCode)")
    public PartnerReferralView message(@PathParam("id") UUID id, TransitionRequest request) {
        return referrals.message(caller, id, request == null ? null : request.details());
    }

    @GET
    @Path("caseworkers")
    @Operation(
            summary =
                    "The caseworkers of the caller's organisation known to Passerelle: whom to assign or hand over to")
    public List<String> caseworkers() {
        return referrals.caseworkers(caller);
    }

    @POST
    @Path("{id}/handover")
    @Operation(
            summary = "Hand an accepted orientation over to another caseworker of the organisation (to, reason):"
                    + " by its named recipient or the partner manager; the sender is told")
    public PartnerReferralView handover(@PathParam("id") UUID id, RecipientRequest request) {
        return changeRecipient(id, RecipientChange.HANDOVER, request);
    }

    @POST
    @Path("{id}/assign")
    @Operation(
            summary = "Assign an orientation not yet accepted to a caseworker of the organisation (to, optional"
                    + " reason): by the partner manager")
    public PartnerReferralView assign(@PathParam("id") UUID id, RecipientRequest request) {
        return changeRecipient(id, RecipientChange.ASSIGN, request);
    }

    private PartnerReferralView changeRecipient(UUID id, RecipientChange change, RecipientRequest request) {
        return referrals.changeRecipient(
                caller, id, change, request == null ? null : request.to(), request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/{transition}")
    @Operation(
            summary = "acknowledge, accept, reject, start, hold, resume, complete, fail or cancel (reasonCode,"
                    + " message): both required to reject, the outcome code to complete or fail")
    public PartnerReferralView transition(
            @PathParam("id") UUID id, @PathParam("transition") String transition, TransitionRequest request) {
        Transition verb = Arrays.stream(Transition.values())
                .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(transition)
                        && PartnerReferralService.PARTNER_TRANSITIONS.contains(t))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("transition"));
        return referrals.transition(caller, id, verb, request == null ? null : request.details());
    }
}
