package org.passerelle.web.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document.
 *
 * @param slug     the last part of the type URN, naming the condition
 * @param title    a short, fixed sentence for the condition
 * @param status   the HTTP status
 * @param detail   what happened in this case; must never hold a personal value
 * @param instance the request path
 * @param errors   per-field errors: field name to reason, never a value
 */
public record Problem(
        String slug, String title, int status, String detail, String instance, java.util.Map<String, String> errors) {

    public Problem(String slug, String title, int status, String detail, String instance) {
        this(slug, title, status, detail, instance, java.util.Map.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_PREFIX = "urn:problem-type:passerelle:";

    public String type() {
        return TYPE_PREFIX + slug;
    }

    /**
     * The JSON document. Written by hand so that the error servlet, which runs outside JAX-RS,
     * and the exception mappers produce byte-identical shapes.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(160).append('{');
        field(json, "type", type()).append(',');
        field(json, "title", title).append(',');
        json.append("\"status\":").append(status);
        if (detail != null) {
            field(json.append(','), "detail", detail);
        }
        if (instance != null) {
            field(json.append(','), "instance", instance);
        }
        if (!errors.isEmpty()) {
            json.append(",\"errors\":[");
            String separator = "";
            for (java.util.Map.Entry<String, String> error : new java.util.TreeMap<>(errors).entrySet()) {
                json.append(separator).append('{');
                field(json, "field", error.getKey()).append(',');
                field(json, "reason", error.getValue()).append('}');
                separator = ",";
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(toJson()).build();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
