package org.passerelle.web.api.problem;

/**
 * The problems that follow from an HTTP status alone (no token, no role, no such path...), shared by
 * the JAX-RS mappers and the servlet error page so that both answer alike.
 */
final class HttpProblems {

    private HttpProblems() {}

    static Problem forStatus(int status, String instance) {
        return switch (status) {
            case 400 -> new Problem("bad-request", "Bad request", 400, "The request could not be read.", instance);
            case 401 ->
                new Problem(
                        "unauthenticated",
                        "Authentication required",
                        401,
                        "A valid bearer token from the Passerelle realm is required.",
                        instance);
            case 403 -> new Problem("forbidden", "Forbidden", 403, "Your roles do not allow this request.", instance);
            case 404 -> new Problem("not-found", "Not found", 404, "No such resource.", instance);
            case 405 ->
                new Problem(
                        "method-not-allowed",
                        "Method not allowed",
                        405,
                        "This resource does not accept that method.",
                        instance);
            case 406 ->
                new Problem(
                        "not-acceptable",
                        "Not acceptable",
                        406,
                        "This resource cannot produce the requested media type.",
                        instance);
            case 413 ->
                new Problem(
                        "payload-too-large",
                        "Request body too large",
                        413,
                        "The request body is larger than the server accepts.",
                        instance);
            case 415 ->
                new Problem(
                        "unsupported-media-type",
                        "Unsupported media type",
                        415,
                        "This resource does not accept that media type.",
                        instance);
            default ->
                status >= 500
                        ? new Problem(
                                "internal-error",
                                "Internal error",
                                status,
                                "The server could not complete the request; it has been logged.",
                                instance)
                        : new Problem("http-" + status, "Request refused", status, null, instance);
        };
    }
}
