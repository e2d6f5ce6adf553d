package org.passerelle.web.api.person;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.dossier.PersonIdsSearch;
import org.passerelle.application.dossier.PersonService;
import org.passerelle.application.dossier.PersonView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.secrecy.NirRevealReason;
import org.passerelle.secrecy.Role;
import org.passerelle.web.api.Versions;

@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    Caller caller;

    @Inject
    PersonService persons;

    @Inject
    PersonIdsSearch personIds;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register an usager in the caller's CCAS")
    public Response register(PersonRequest request) {
        PersonView view = persons.register(caller, required(request).toDetails());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(view.id().toString())
                        .build())
                .entity(PersonResponse.of(view))
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an usager: the fields the caller may see; the NIR masked (see nir-reveal)")
    public Response read(@PathParam("id") UUID id) {
        PersonView view = persons.read(caller, id);
        return Versions.ok(PersonResponse.of(view), view.version()).build();
    }

    /** The body of a NIR reveal: why (S8), from a closed list. */
    public record NirRevealRequest(NirRevealReason reason) {}

    /** The NIR in full. */
    public record NirResponse(String nir) {}

    @POST
    @Path("{id}/nir-reveal")
    @Operation(summary = "Show the usager's NIR in full, for a coded reason (référent and team only; journaled)")
    public Response revealNir(@PathParam("id") UUID id, NirRevealRequest request) {
        String nir = persons.revealNir(caller, id, request == null ? null : request.reason());
        return Response.ok(new NirResponse(nir)).cacheControl(NO_STORE).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update an usager (If-Match: the ETag read); absent fields stay as they are")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PersonRequest request) {
        long expected = Versions.expected(ifMatch, uriInfo.getRequestUri().getPath());
        PersonView view = persons.update(caller, id, expected, required(request).toDetails());
        return Versions.ok(PersonResponse.of(view), view.version()).build();
    }

    /**
     * CCAS staff get the usagers as they may see them; the DPO (auditor role, no CCAS staff role) gets
     * ids only: each usager's id and their dossiers' ids with whether each is restricted (S15), to act
     * on a request (restriction, access report) and to search the journal by id.
     */
    @POST
    @Path("search")
    @Operation(
            summary =
                    "Find usagers of the caller's CCAS by NIR, or by names and birth date, given in the body."
                            + " CCAS staff: the usagers as they may see them (PersonResponse). The DPO (auditor role without a CCAS"
                            + " staff role): ids only, [{personId, caseFiles: [{caseFileId, restricted}]}], no name; journaled as AUDIT")
    public List<?> search(PersonSearchRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        if (caller.has(Role.AUDITOR) && !caller.has(Role.CCAS_AGENT) && !caller.has(Role.CCAS_RECEPTION)) {
            return request.nir() != null
                    ? personIds.byNir(caller, request.nir())
                    : personIds.byName(caller, request.lastName(), request.firstNames(), request.birthDate());
        }
        List<PersonView> found = request.nir() != null
                ? persons.searchByNir(caller, request.nir())
                : persons.searchByName(caller, request.lastName(), request.firstNames(), request.birthDate());
        return found.stream().map(PersonResponse::of).toList();
    }

    private static final jakarta.ws.rs.core.CacheControl NO_STORE = jakarta.ws.rs.core.CacheControl.valueOf("no-store");

    private static PersonRequest required(PersonRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        return request;
    }
}
