package org.passerelle.web.api.channel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.channel.InboundUpdates;
import org.passerelle.application.identity.Caller;

/**
 * A partner system's status updates over HTTPS (docs/partner-exchange.md §3.1): its service
 * account's token, and the body signed with its registered key. The body is read as bytes: the
 * signature covers them exactly.
 */
@Path("/partner-updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerUpdateResource {

    static final String SIGNATURE = "Passerelle-Signature";

    @Inject
    Caller caller;

    @Inject
    InboundUpdates inbound;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a partner system's signed status (passerelle.status/1); a replay changes nothing")
    public Map<String, String> receive(@HeaderParam(SIGNATURE) String signature, byte[] body) {
        return Map.of("status", inbound.receive(caller, body, signature).name());
    }
}
