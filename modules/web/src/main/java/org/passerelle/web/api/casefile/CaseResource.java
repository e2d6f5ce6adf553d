package org.passerelle.web.api.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.dossier.BreakGlassService;
import org.passerelle.application.dossier.BreakGlassView;
import org.passerelle.application.dossier.CaseFileService;
import org.passerelle.application.dossier.CaseFileView;
import org.passerelle.application.dossier.NoteView;
import org.passerelle.application.dossier.RestrictionService;
import org.passerelle.application.dossier.RestrictionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.web.api.Versions;

@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    Caller caller;

    @Inject
    CaseFileService caseFiles;

    @Inject
    BreakGlassService breakGlass;

    @Inject
    RestrictionService restrictions;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Open a dossier for an usager; the caller becomes its référent")
    public Response open(CaseRequests.Open request) {
        CaseRequests.Open body = required(request);
        if (body.personId() == null) {
            throw new InvalidInputException("personId", "is required");
        }
        CaseFileView view = caseFiles.open(caller, body.personId(), body.situation(), body.team());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .entity(CaseResponse.of(view))
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a dossier")
    public Response read(@PathParam("id") UUID id) {
        return answer(caseFiles.read(caller, id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a dossier's situation (If-Match); absent fields stay as they are")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseRequests.Situation request) {
        return answer(caseFiles.update(
                caller, id, expected(ifMatch), required(request).details()));
    }

    @PUT
    @Path("{id}/team")
    @Operation(summary = "Assign the référent and the team (If-Match)")
    public Response assign(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CaseRequests.Team request) {
        CaseRequests.Team body = required(request);
        return answer(caseFiles.assign(caller, id, expected(ifMatch), body.referent(), body.team()));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a dossier (If-Match)")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(caseFiles.close(caller, id, expected(ifMatch)));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed dossier (If-Match); its ended orientations stay ended")
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(caseFiles.reopen(caller, id, expected(ifMatch)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed which field of the dossier when; values only for fields the caller may see now")
    public List<HistoryResponse> history(@PathParam("id") UUID id) {
        return caseFiles.history(caller, id).stream().map(HistoryResponse::of).toList();
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The dossier's notes, oldest first")
    public List<NoteResponse> notes(@PathParam("id") UUID id) {
        return caseFiles.notes(caller, id).stream().map(NoteResponse::of).toList();
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note, interne or partageable")
    public Response addNote(@PathParam("id") UUID id, CaseRequests.NewNote request) {
        CaseRequests.NewNote body = required(request);
        NoteView note = caseFiles.addNote(caller, id, body.type(), body.category(), body.body());
        return Response.status(Response.Status.CREATED)
                .entity(NoteResponse.of(note))
                .build();
    }

    @POST
    @Path("{id}/break-glass")
    @Operation(
            summary =
                    "Open a dossier you are not assigned to, for a limited time, giving a written reason (journaled, raised to the DPO)")
    public Response breakGlass(@PathParam("id") UUID id, CaseRequests.BreakGlass request) {
        BreakGlassView view = breakGlass.open(caller, id, required(request).reason());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @PUT
    @Path("{id}/restriction")
    @Operation(
            summary = "Restrict a dossier (GDPR art. 18, S15): the DPO of its CCAS only, with a reason of 15 to 500"
                    + " characters and no personal detail; then every other read answers 423 and its partner deliveries wait."
                    + " Already restricted: 409")
    public RestrictionView restrict(@PathParam("id") UUID id, CaseRequests.Restriction request) {
        return restrictions.restrict(caller, id, required(request).reason());
    }

    @DELETE
    @Path("{id}/restriction")
    @Operation(
            summary = "Lift a dossier's restriction: the DPO of its CCAS only; reads and waiting deliveries resume."
                    + " Not restricted: 409")
    public RestrictionView lift(@PathParam("id") UUID id) {
        return restrictions.lift(caller, id);
    }

    private long expected(String ifMatch) {
        return Versions.expected(ifMatch, uriInfo.getRequestUri().getPath());
    }

    private static Response answer(CaseFileView view) {
        return Versions.ok(CaseResponse.of(view), view.version()).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return body;
    }
}
