/**
 * What the API accepts at its edge, checked before any resource runs (hence before any database
 * call), in one place for every resource: query and path parameters that are safe text
 * ({@link RequestText}, no control character at all), bodies within the configured size
 * ({@link ApiLimits}, 413 otherwise, chunked bodies counted as they are read), and the paging
 * parameters of every paged list ({@link PageParams}). JSON strings are checked as they are read
 * ({@code web.json}). Refusals are problems ({@code api.problem}) carrying the request's
 * {@code X-Request-Id}; a refused value is never echoed nor logged.
 */
package org.passerelle.web.api.input;
