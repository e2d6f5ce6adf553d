package org.passerelle.web.api.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.CallerProfile;
import org.passerelle.application.identity.CallerService;
import org.passerelle.secrecy.Role;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    CallerService callers;

    @GET
    @Operation(
            summary = "Who am I",
            description = "The caller's id, username, organisation and roles, read from the validated token.")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "No Passerelle role, or an organisation Passerelle does not know")
    public MeResponse me() {
        CallerProfile profile = callers.describe(caller);
        return new MeResponse(
                caller.userId(),
                caller.username(),
                caller.organisation(),
                profile.organisationName(),
                profile.organisationKind().name(),
                caller.roles().stream().map(Role::roleName).sorted().toList());
    }
}
