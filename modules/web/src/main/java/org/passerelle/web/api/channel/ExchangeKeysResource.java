package org.passerelle.web.api.channel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.channel.ExchangeKeysView;
import org.passerelle.application.channel.ExchangeRuntime;

/** Passerelle's public keys, for partners to encrypt to it, check its signatures and let it log in: public, no token. */
@Path("/exchange/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeKeysResource {

    @Inject
    ExchangeRuntime runtime;

    @GET
    @Operation(summary = "Passerelle's OpenPGP public key and SSH client key (docs/partner-exchange.md §1)")
    public ExchangeKeysView keys() {
        return runtime.keys();
    }
}
