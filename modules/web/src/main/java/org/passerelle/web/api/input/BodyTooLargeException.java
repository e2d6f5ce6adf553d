package org.passerelle.web.api.input;

import java.io.IOException;
import org.passerelle.web.api.problem.Problem;

/**
 * A request body beyond {@link ApiLimits#maxBodyBytes()}. An {@link IOException}, because it is
 * thrown from the body's stream while a reader (Jackson, bytes) reads it; the exception mappers
 * find it under the reader's wrappers and answer {@link #problem}.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
        this.limit = limit;
    }

    /** The 413 answered, whether the length was declared or counted. */
    public Problem problem(String instance) {
        return new Problem(
                "payload-too-large",
                "Request body too large",
                413,
                "The API reads request bodies of at most " + limit + " bytes.",
                instance);
    }

    /** The first {@code BodyTooLargeException} among the causes, or null. */
    public static BodyTooLargeException in(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
