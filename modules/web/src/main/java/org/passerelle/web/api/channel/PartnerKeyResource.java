package org.passerelle.web.api.channel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.channel.PartnerKeyDetails;
import org.passerelle.application.channel.PartnerKeyService;
import org.passerelle.application.channel.PartnerKeyView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;

@Path("/partner-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerKeyResource {

    @Inject
    Caller caller;

    @Inject
    PartnerKeyService keys;

    @GET
    @Operation(summary = "The partners' registered public keys (administrators)")
    public List<PartnerKeyView> list() {
        return keys.list(caller);
    }

    @PUT
    @Path("{partner}")
    @Operation(summary = "Register or replace a partner system's OpenPGP key, TLS certificate and SSH host key")
    public PartnerKeyView register(@PathParam("partner") String partner, PartnerKeyDetails details) {
        if (details == null) {
            throw new InvalidInputException("body", "is required");
        }
        return keys.register(caller, partner, details);
    }
}
