package org.passerelle.web.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Role;

/**
 * A valid token without any of Passerelle's roles gets no further than here: 403, journaled
 * (S11) with the caller and the request id, which the container's own refusal could not be.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasserelleRolesFilter implements ContainerRequestFilter {

    @Inject
    Instance<Caller> callers;

    @Inject
    AccessGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            return; // a public resource (the exchange keys); the others answered 401 already
        }
        // Asked of the security context, so that the caller is built only to journal a refusal.
        if (Arrays.stream(Role.values()).noneMatch(role -> security.isUserInRole(role.roleName()))) {
            Caller caller = callers.get();
            throw gate.refuseRole(
                    caller,
                    "GET".equals(request.getMethod()) ? JournalAction.READ : JournalAction.UPDATE,
                    Target.organisation(caller.organisation()));
        }
    }
}
