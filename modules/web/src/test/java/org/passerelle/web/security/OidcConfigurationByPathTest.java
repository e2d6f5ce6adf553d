package org.passerelle.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wildfly.security.http.oidc.AuthenticationError;
import org.wildfly.security.http.oidc.LogoutError;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * The API and the pages get their own OIDC client. Built here without PASSERELLE_WEB_CLIENT_SECRET
 * (the tests do not set it): a missing pages' secret must not take the API down with it.
 */
class OidcConfigurationByPathTest {

    private final OidcConfigurationByPath resolver = new OidcConfigurationByPath();

    @Test
    void theApiTakesBearerTokensForItsOwnAudienceOnly() {
        OidcClientConfiguration api = resolver.resolve(request("/api/v1/me"));
        assertThat(api.getResourceName()).isEqualTo("passerelle-api");
        assertThat(api.isBearerOnly()).isTrue();
        assertThat(api.isVerifyTokenAudience()).isTrue();
    }

    @Test
    void thePagesSignPeopleInWithTheCodeFlow() {
        for (String path : List.of("/ui/index.xhtml", "/", "/index.xhtml", "/apiary")) {
            OidcClientConfiguration pages = resolver.resolve(request(path));
            assertThat(pages.getResourceName()).as(path).isEqualTo("passerelle-web");
            assertThat(pages.isBearerOnly()).as(path).isFalse();
            assertThat(pages.isPkce()).as(path).isTrue();
        }
    }

    private static OidcHttpFacade.Request request(String path) {
        return new OidcHttpFacade.Request() {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getURI() {
                return "http://localhost:8080" + path;
            }

            @Override
            public String getRelativePath() {
                return path;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getFirstParam(String name) {
                return null;
            }

            @Override
            public String getQueryParamValue(String name) {
                return null;
            }

            @Override
            public OidcHttpFacade.Cookie getCookie(String name) {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return null;
            }

            @Override
            public List<String> getHeaders(String name) {
                return List.of();
            }

            @Override
            public InputStream getInputStream() {
                return InputStream.nullInputStream();
            }

            @Override
            public InputStream getInputStream(boolean buffered) {
                return InputStream.nullInputStream();
            }

            @Override
            public String getRemoteAddr() {
                return "127.0.0.1";
            }

            @Override
            public void setError(AuthenticationError error) {}

            @Override
            public void setError(LogoutError error) {}
        };
    }
}
