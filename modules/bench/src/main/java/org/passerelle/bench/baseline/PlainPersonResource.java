package org.passerelle.bench.baseline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * {@code GET /bench-baseline/persons/{id}}: one {@code find} in a transaction, as the application's
 * services read; 200 with the row and its version as ETag, as the API answers; else 404.
 */
@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlainPersonResource {

    @PersistenceContext(unitName = "bench-baseline")
    EntityManager em;

    @GET
    @Path("{id}")
    @Transactional
    public Response read(@PathParam("id") UUID id) {
        PlainPerson person = em.find(PlainPerson.class, id);
        return person == null
                ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.ok(person)
                        .tag(new EntityTag(Long.toString(person.version())))
                        .build();
    }
}
