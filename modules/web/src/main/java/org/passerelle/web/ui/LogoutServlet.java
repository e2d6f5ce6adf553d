package org.passerelle.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.passerelle.web.security.OidcConfigurationByPath;

/**
 * Signs out of Passerelle and of Keycloak (RP-initiated logout), then
 * comes back to the start page, which asks to sign in again. POST only: a link cannot sign anyone out.
 */
@WebServlet(name = "logout", urlPatterns = "/ui/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        // No id_token_hint: it would put a token in a URL. Keycloak then asks to confirm, once.
        response.sendRedirect(OidcConfigurationByPath.providerUrl() + "/protocol/openid-connect/logout"
                + "?client_id=passerelle-web&post_logout_redirect_uri=" + URLEncoder.encode(base, StandardCharsets.UTF_8));
    }
}
