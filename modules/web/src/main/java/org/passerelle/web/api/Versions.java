package org.passerelle.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.passerelle.web.api.problem.Problem;
import org.passerelle.web.api.problem.ProblemException;

/**
 * Optimistic locking over HTTP: a resource's version is its strong ETag; a write must send it back
 * in {@code If-Match}. Missing: 428; not a version of ours: 412.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the caller read, from {@code If-Match}. */
    public static long expected(String ifMatch, String path) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(new Problem(
                    "precondition-required", "If-Match required", 428, "Send the ETag you read in If-Match.", path));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1; // matches no stored version: answered 412
        }
    }

    public static Response.ResponseBuilder ok(Object entity, long version) {
        return Response.ok(entity).tag(etag(version));
    }
}
