package org.passerelle.web.api.problem;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.passerelle.web.api.security.RequestActorFilter;
import org.passerelle.web.ui.UiErrorPage;

/**
 * The error page of web.xml: the container refuses unauthenticated (401) and unauthorised (403)
 * requests before JAX-RS runs, so no exception mapper can shape those answers; this servlet gives
 * them the same problem+json body. The container keeps its {@code WWW-Authenticate} header.
 * Errors of the pages get an HTML page instead ({@link UiErrorPage}).
 */
@WebServlet(name = "problem-error", urlPatterns = "/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    @Inject
    UiErrorPage pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status != HttpServletResponse.SC_UNAUTHORIZED
                && UiErrorPage.isPage((String) uri, request.getContextPath())) {
            pages.render(request, response, status, (String) uri);
            return;
        }
        if (response.getHeader(RequestActorFilter.REQUEST_ID_HEADER) == null) {
            // Refused by the container before the filter that names requests ran.
            response.setHeader(
                    RequestActorFilter.REQUEST_ID_HEADER, UUID.randomUUID().toString());
        }
        byte[] body = HttpProblems.forStatus(status, uri == null ? null : uri.toString())
                .toJson()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        // Through the output stream: a writer would make the container append a charset.
        response.getOutputStream().write(body);
    }
}
