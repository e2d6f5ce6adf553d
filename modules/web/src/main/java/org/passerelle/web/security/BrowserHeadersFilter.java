package org.passerelle.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a browser must be told of every answer holding personal data (the pages and the API): not
 * to be framed (a click-jacked "accept" or "reveal"), not to guess content types, not to send our
 * addresses to another site, to load nothing but our own resources, and to keep no copy (a shared
 * reception PC's cache or back button must not show the previous person's usager). The style sheet
 * and images under {@code /assets} stay cacheable: they hold nothing personal.
 */
@WebFilter(urlPatterns = {"/ui/*", "/api/*", "*.xhtml"})
public class BrowserHeadersFilter extends HttpFilter {

    /** Our own scripts, styles and images only; no frame, no plug-in, no base rewriting. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; " + "base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
