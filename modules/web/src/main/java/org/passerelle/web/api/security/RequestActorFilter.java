package org.passerelle.web.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Gives every request of the API and the pages an id (answered in {@code X-Request-Id}) and binds
 * the authenticated caller as the actor of the work it causes, commit included, so that history
 * revisions and journal entries say who acted within which request, from which address. Runs
 * after the container authenticated the request.
 */
@WebFilter(urlPatterns = {"/api/*", "/ui/*"})
public class RequestActorFilter extends HttpFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = UUID.randomUUID().toString();
        response.setHeader(REQUEST_ID_HEADER, requestId);
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            chain.doFilter(request, response);
            return;
        }
        String organisation =
                principal.getOidcSecurityContext().getToken().getClaimValueAsString(CurrentCaller.ORGANISATION_CLAIM);
        try (ActorContext.Scope ignored =
                ActorContext.bind(new Actor(principal.getName(), organisation, requestId, request.getRemoteAddr()))) {
            chain.doFilter(request, response);
        }
    }
}
