package org.passerelle.web.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Role;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Produces the {@link Caller} of the current request from the token that the elytron-oidc-client
 * has already validated (signature, issuer, audience, expiry). Roles come from the container's
 * role mapping of the token's realm roles, so they are the same ones web.xml checks.
 */
@RequestScoped
public class CurrentCaller {

    /** The claim in which Keycloak puts the user's organisation (DESIGN §5). */
    static final String ORGANISATION_CLAIM = "organisation";
    /** Keycloak's standard claim (scope {@code email}): where the sender of an orientation is notified. */
    static final String EMAIL_CLAIM = "email";
    /** The standard claims (scopes {@code profile}, {@code phone}): the sender's contact a partner reads. */
    static final String NAME_CLAIM = "name";

    static final String PHONE_CLAIM = "phone_number";

    @Inject
    HttpServletRequest request;

    /** Dependent scope: a record cannot be proxied, and each request-scoped user gets its own. */
    @Produces
    Caller caller() {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            throw new NotAuthorizedException("Bearer");
        }
        AccessToken token = principal.getOidcSecurityContext().getToken();
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> request.isUserInRole(role.roleName()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Caller(
                token.getSubject(),
                principal.getName(),
                token.getClaimValueAsString(ORGANISATION_CLAIM),
                roles,
                token.getClaimValueAsString(EMAIL_CLAIM),
                token.getClaimValueAsString(NAME_CLAIM),
                token.getClaimValueAsString(PHONE_CLAIM));
    }
}
