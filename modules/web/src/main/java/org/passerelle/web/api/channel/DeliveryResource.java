package org.passerelle.web.api.channel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.channel.DeliveryService;
import org.passerelle.application.channel.DeliveryView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    Caller caller;

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(
            summary = "Messages to partner systems: all dead letters for administrators (or ?state=),"
                    + " those of the orientations they follow for agents")
    public List<DeliveryView> list(@QueryParam("state") String state) {
        DeliveryState wanted = null;
        if (state != null) {
            try {
                wanted = DeliveryState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "is not one of PENDING, DELIVERED, DEAD, SKIPPED");
            }
        }
        return deliveries.list(caller, wanted);
    }

    @POST
    @Path("{id}/resend")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a dead message again, with the same message id")
    public DeliveryView resend(@PathParam("id") UUID id) {
        return deliveries.resend(caller, id);
    }
}
