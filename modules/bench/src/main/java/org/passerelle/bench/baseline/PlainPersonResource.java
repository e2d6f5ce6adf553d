package org.passerelle.bench.baseline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code GET /bench-baseline/persons/{id}}: 200 with the row and its version as ETag, as the API answers; else 404. */
@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlainPersonResource {

    @Inject
    PlainPersons persons;

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") UUID id) {
        return persons.read(id)
                .map(read -> Response.ok(read.response()).tag(new EntityTag(Long.toString(read.version()))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND))
                .build();
    }
}
