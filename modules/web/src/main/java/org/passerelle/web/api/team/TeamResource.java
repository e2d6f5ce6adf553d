package org.passerelle.web.api.team;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.team.TeamService;
import org.passerelle.application.team.TeamView;

@Path("/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    Caller caller;

    @Inject
    TeamService team;

    @GET
    @Operation(
            summary = "The CCAS manager's working lists: per agent the open dossiers they follow (ids) and their"
                    + " orientations open, unanswered and overdue; per partner the unanswered ones; the open"
                    + " dossiers with référent, team and version (to reassign with PUT /cases/{id}/team). No"
                    + " dossier content, no usager's name")
    public TeamView workingLists() {
        return team.workingLists(caller);
    }
}
