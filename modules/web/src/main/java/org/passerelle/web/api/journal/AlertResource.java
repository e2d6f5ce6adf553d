package org.passerelle.web.api.journal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.AlertPage;
import org.passerelle.application.journal.AlertService;
import org.passerelle.application.journal.AlertView;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;
import org.passerelle.web.api.input.PageParams;

/** The DPO's alert queue (S12). */
@Path("/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    /** The DPO's verdict on an alert. */
    public record Review(AlertState state, String note) {}

    @Inject
    Caller caller;

    @Inject
    AlertService alerts;

    @GET
    @Operation(summary = "The alert queue of the auditor's organisation, newest first")
    public AlertPage list(
            @QueryParam("state") AlertState state, @QueryParam("kind") AlertKind kind, @BeanParam PageParams page) {
        return alerts.alerts(caller, state, kind, page.paging());
    }

    @PUT
    @Path("{id}/review")
    @Operation(summary = "Mark an alert JUSTIFIED or ESCALATED, with a note")
    public AlertView review(@PathParam("id") UUID id, Review review) {
        if (review == null) {
            throw new InvalidInputException("body", "is required");
        }
        return alerts.review(caller, id, review.state(), review.note());
    }
}
