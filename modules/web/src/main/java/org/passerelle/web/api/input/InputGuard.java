package org.passerelle.web.api.input;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Map;
import org.passerelle.web.api.problem.Problem;

/**
 * The API's edge, before any resource is even chosen: a path or query parameter that is not safe
 * text is a 400, a body declared larger than {@link ApiLimits} a 413, and a body of undeclared
 * length (chunked) is counted as it is read ({@link BoundedInputStream}). The answer carries the
 * {@code X-Request-Id} the servlet filter gave the request; the refused value is neither repeated
 * nor logged.
 */
@Provider
@PreMatching
@Priority(0)
@ApplicationScoped
public class InputGuard implements ContainerRequestFilter {

    @Inject
    ApiLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        var flaw = RequestText.flaw(path, uri.getRawQuery());
        if (flaw.isPresent()) {
            request.abortWith(new Problem(
                            "malformed-request",
                            "Malformed request",
                            400,
                            "A parameter is not safe text: no control character, UTF-8 only.",
                            path,
                            Map.of(flaw.get().getKey(), flaw.get().getValue()))
                    .toResponse());
            return;
        }
        long max = limits.maxBodyBytes();
        if (request.getLength() > max) {
            request.abortWith(new BodyTooLargeException(max).problem(path).toResponse());
            return;
        }
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), max));
    }
}
