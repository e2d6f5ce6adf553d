package org.passerelle.web.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.application.input.SafeText;
import org.passerelle.web.json.UnsafeTextException;

/**
 * A request body that is not the JSON the resource reads: 400, naming the field path only. The
 * parser's own message is never returned, since it quotes the offending input.
 */
@Provider
public class JsonProblems implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return of(exception, uriInfo.getRequestUri().getPath()).toResponse();
    }

    static Problem of(JsonProcessingException exception, String path) {
        if (exception instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? name(ref.getFieldName()) : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = switch (exception) {
                case UnrecognizedPropertyException e -> "is not a field of this resource";
                case UnsafeTextException e -> e.flaw().reason();
                default -> "has the wrong type or format";
            };
            return new Problem(
                    "malformed-request",
                    "Malformed request",
                    400,
                    "The request body does not match the resource.",
                    path,
                    Map.of(field, reason));
        }
        return new Problem("malformed-request", "Malformed request", 400, "The request body is not valid JSON.", path);
    }

    /**
     * A field name as the caller wrote it (an unknown one is named back), unless it is too long or
     * not safe text itself: then it is not repeated.
     */
    private static String name(String field) {
        return field.length() <= FIELD_NAME_MAX && SafeText.isSafe(field, false) ? field : "(name not repeated)";
    }

    private static final int FIELD_NAME_MAX = 100;
}
