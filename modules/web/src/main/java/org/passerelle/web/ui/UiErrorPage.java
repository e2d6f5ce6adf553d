package org.passerelle.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Outcome;

/**
 * The error pages of the pages (the API keeps its problem+json): a page the role does not allow is
 * refused by the container before any bean runs; it is journaled here as a DENIED read naming the
 * area of the pages (S11), then shown as a plain page that says what to do.
 */
@ApplicationScoped
public class UiErrorPage {

    private static final int MAX_AREA = 40;

    @Inject
    AccessGate gate;

    @Inject
    Instance<Caller> callers;

    /** True for requests of the pages, whose errors are HTML. */
    public static boolean isPage(String uri, String contextPath) {
        String path = path(uri, contextPath);
        return path.startsWith("/ui/") || path.equals("/ui") || path.endsWith(".xhtml");
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String uri)
            throws IOException, ServletException {
        if (status == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() != null) {
            Caller caller = callers.get();
            gate.refuse(
                    caller,
                    JournalAction.READ,
                    Target.organisation(caller.organisation()),
                    List.of(),
                    Outcome.FORBIDDEN,
                    "page-not-allowed:" + area(uri, request.getContextPath()));
        }
        request.setAttribute("passerelle.error.status", status);
        response.setStatus(status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /** The area of the pages (/ui/audit/... gives "audit"): never a query, never an id. */
    private static String area(String uri, String contextPath) {
        String[] parts = path(uri, contextPath).split("/");
        String area = parts.length > 2 ? parts[2] : "ui";
        return area.length() > MAX_AREA ? area.substring(0, MAX_AREA) : area;
    }

    /** The request's path within the application. */
    private static String path(String uri, String contextPath) {
        return uri == null ? "" : uri.substring(Math.min(uri.length(), contextPath.length()));
    }
}
