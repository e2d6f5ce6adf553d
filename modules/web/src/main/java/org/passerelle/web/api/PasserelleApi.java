package org.passerelle.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root. Authentication is declared in web.xml (OIDC bearer tokens on {@code /api/*}). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Passerelle API",
                        version = "1",
                        description =
                                "Secret partagé between a CCAS and its partners. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from the Keycloak realm 'passerelle'")
public class PasserelleApi extends Application {}
