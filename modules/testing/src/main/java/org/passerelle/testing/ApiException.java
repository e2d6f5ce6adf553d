package org.passerelle.testing;

/**
 * A call to Keycloak or to the API did not answer as expected. The message names the request
 * (method, path with ids only), the status and the problem's type, title, detail and field names:
 * the server guarantees those hold no personal value, and the body is never copied otherwise.
 */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the server could not be reached. */
    public int status() {
        return status;
    }
}
