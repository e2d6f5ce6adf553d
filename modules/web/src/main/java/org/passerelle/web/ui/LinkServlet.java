package org.passerelle.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Stable links to a page about one thing, for the e-mails: {@code /ui/link/referral/<id>} (the
 * sender's orientation), {@code /ui/link/inbox/<id>} (the partner's), {@code /ui/link/dossier/<id>}.
 * The id is in the path because the sign-in through Keycloak keeps the path of the page asked for
 * but not its query; once signed in, the link forwards to the page with its id.
 */
@WebServlet(name = "links", urlPatterns = "/ui/link/*")
public class LinkServlet extends HttpServlet {

    private static final Map<String, String> PAGES = Map.of(
            "referral", "/ui/referrals/referral.xhtml",
            "inbox", "/ui/inbox/referral.xhtml",
            "dossier", "/ui/dossiers/dossier.xhtml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        String page = parts.length == 3 ? PAGES.get(parts[1]) : null;
        UUID id = page == null ? null : uuid(parts[2]);
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + page + "?id=" + id);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
