package org.passerelle.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.passerelle.web.security.OidcConfigurationByPath;

/**
 * Where a visitor who must sign in is sent while Keycloak does not answer: a page that says that
 * signing in is unavailable for a while and that nothing is lost (503, {@code Retry-After}), rather
 * than the browser's own "cannot reach" page. People already signed in keep working.
 */
@WebServlet(name = "sign-in-unavailable", urlPatterns = OidcConfigurationByPath.SIGN_IN_UNAVAILABLE)
public class SignInUnavailableServlet extends HttpServlet {

    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    UiErrorPage pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        pages.render(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, request.getRequestURI());
    }
}
