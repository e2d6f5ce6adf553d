package org.passerelle.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.passerelle.web.security.OidcConfigurationByPath;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs out of Passerelle and of Keycloak at once (RP-initiated logout), then comes back to the
 * start page, which asks for the password again: on a shared reception PC the next person must not
 * find the previous one signed in. The ID token goes to Keycloak as {@code id_token_hint} in the body
 * of a form posted by the browser (Keycloak then asks no confirmation), never in an address; a
 * script of our own sends it at once. POST only: a link cannot sign anyone out.
 */
@WebServlet(name = "logout", urlPatterns = "/ui/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? principal.getOidcSecurityContext().getIDTokenString()
                : null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        String endSession = OidcConfigurationByPath.providerUrl() + "/protocol/openid-connect/logout";
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"><title>Déconnexion – Passerelle</title>
                <link rel="stylesheet" href="%sassets/passerelle.css"></head>
                <body><main><h1>Déconnexion</h1>
                <form id="sign-out" method="post" action="%s">
                <input type="hidden" name="client_id" value="passerelle-web">
                <input type="hidden" name="post_logout_redirect_uri" value="%s">
                """.formatted(escape(base), escape(endSession), escape(base)));
        if (idToken != null) {
            page.append("<input type=\"hidden\" name=\"id_token_hint\" value=\"")
                    .append(escape(idToken))
                    .append("\">\n");
        }
        page.append("""
                <button type="submit">Terminer la déconnexion</button>
                </form></main>
                <script src="%sassets/sign-out.js"></script></body></html>
                """.formatted(escape(base)));
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** For an attribute value: the addresses and the token hold no quote in practice, but no chance is taken. */
    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
