/**
 * Every error the API returns, as {@code application/problem+json} (RFC 9457): type
 * {@code urn:problem-type:passerelle:<slug>}, title, status, a safe detail and the request path as
 * instance. Exceptions unknown here are logged with their stack and answered with a bare 500; the
 * body never carries an exception message, a stack trace or a personal value.
 */
package org.passerelle.web.api.problem;
