package org.passerelle.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * One WAR, two ways in: the API accepts only bearer tokens issued for {@code passerelle-api}
 * (a request without one gets 401, never a login page), while the pages sign people in through
 * Keycloak with the authorization-code flow of the confidential client {@code passerelle-web}
 * (PKCE). The elytron-oidc-client picks the configuration per request through this resolver
 * (web.xml {@code oidc.config.resolver}); both are built once from the environment, like the rest
 * of the server's settings.
 */
public class OidcConfigurationByPath implements OidcClientConfigurationResolver {

    private final OidcClientConfiguration api = OidcClientConfigurationBuilder.build(json(common()
            .add("client-id", "passerelle-api")
            .add("bearer-only", true)
            // Without it a token issued for any client of the realm would be accepted.
            .add("verify-token-audience", true)));

    private final OidcClientConfiguration pages = OidcClientConfigurationBuilder.build(json(common()
            .add("client-id", "passerelle-web")
            .add("credentials", Json.createObjectBuilder().add("secret", setting("PASSERELLE_WEB_CLIENT_SECRET", "")))
            .add("enable-pkce", true)
            // The tokens are obtained by the server itself from the code, never received from outside.
            .add("verify-token-audience", false)));

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

    private static JsonObjectBuilder common() {
        return Json.createObjectBuilder()
                .add("provider-url", providerUrl())
                .add("principal-attribute", "preferred_username")
                .add("ssl-required", setting("PASSERELLE_OIDC_SSL_REQUIRED", "EXTERNAL"));
    }

    private static ByteArrayInputStream json(JsonObjectBuilder builder) {
        return new ByteArrayInputStream(builder.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
