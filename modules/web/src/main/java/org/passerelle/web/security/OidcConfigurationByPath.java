package org.passerelle.web.security;

import java.util.Map;
import org.jboss.logging.Logger;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * One WAR, two ways in: the API accepts only bearer tokens issued for {@code passerelle-api}
 * (a request without one gets 401, never a login page), while the pages sign people in through
 * Keycloak with the authorization-code flow of the confidential client {@code passerelle-web}
 * (PKCE). The elytron-oidc-client picks the configuration per request through this resolver
 * (web.xml {@code oidc.config.resolver}); both are built once from the environment, like the rest
 * of the server's settings.
 */
public class OidcConfigurationByPath implements OidcClientConfigurationResolver {

    /** Where a visitor of the pages is sent to sign in while Keycloak does not answer (a page of ours). */
    public static final String SIGN_IN_UNAVAILABLE = "/sign-in-unavailable";

    private static final Logger LOG = Logger.getLogger(OidcConfigurationByPath.class);

    private final OidcClientConfiguration api = KeycloakLayoutConfiguration.build(apiClient());
    private final OidcClientConfiguration pages = KeycloakLayoutConfiguration.build(pagesClient());

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        String path = request.getRelativePath();
        return path != null && (path.startsWith("/api/") || path.equals("/api")) ? api : pages;
    }

    /** The realm's address at Keycloak, from the environment. */
    public static String providerUrl() {
        return setting("PASSERELLE_KEYCLOAK_URL", "http://localhost:8180") + "/realms/"
                + setting("PASSERELLE_KEYCLOAK_REALM", "passerelle");
    }

    private static OidcJsonConfiguration apiClient() {
        OidcJsonConfiguration api = common("passerelle-api");
        api.setBearerOnly(true);
        // Without it a token issued for any client of the realm would be accepted.
        api.setVerifyTokenAudience(true);
        return api;
    }

    private static OidcJsonConfiguration pagesClient() {
        OidcJsonConfiguration pages = common("passerelle-web");
        pages.setPkce(true);
        // The tokens are obtained by the server itself from the code, never received from outside.
        pages.setVerifyTokenAudience(false);
        String secret = setting("PASSERELLE_WEB_CLIENT_SECRET", "");
        if (secret.isEmpty()) {
            // An empty secret would fail the whole deployment's OIDC, the API's too: only the pages fail.
            LOG.warn(
                    "PASSERELLE_WEB_CLIENT_SECRET is not set: the pages cannot sign anyone in (the API is unaffected)");
        } else {
            pages.setCredentials(Map.of("secret", secret));
        }
        return pages;
    }

    private static OidcJsonConfiguration common(String client) {
        OidcJsonConfiguration config = new OidcJsonConfiguration();
        config.setProviderUrl(providerUrl());
        config.setClientId(client);
        config.setPrincipalAttribute("preferred_username");
        config.setSslRequired(setting("PASSERELLE_OIDC_SSL_REQUIRED", "EXTERNAL"));
        return config;
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
