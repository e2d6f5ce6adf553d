package org.passerelle.simulator.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The published JSON Schemas of the contract (docs/contract, carried in this jar as
 * {@code classpath:contract/} by the build): the simulator reads every arrival against them, so it
 * accepts exactly what the contract allows and cannot drift from it by code of its own.
 */
public final class Contract {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** Any {@code passerelle.orientation/1} document, dispatched on its kind (§2.1). */
    public static final Contract TO_PARTNER = new Contract("to-partner.schema.json");
    /** A {@code passerelle.status/1} document (§2.2). */
    public static final Contract STATUS = new Contract("status.schema.json");

    private final Schema schema;

    private Contract(String file) {
        this.schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:contract/" + file));
        this.schema.initializeValidators();
    }

    /**
     * The breaches of the schema, each as the member (a JSON Pointer) and the rule it breaks ({@code /reasonCode: enum}),
     * never a value; empty when the document conforms. Formats (uuid, date-time) are asserted.
     */
    public List<String> breaches(JsonNode document) {
        List<Error> errors = schema.validate(
                document, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        Set<String> breaches = new LinkedHashSet<>();
        for (Error error : errors) {
            // A JSON Pointer to the member (for a missing or unknown member, the member itself)
            String member = error.getInstanceLocation().toString();
            if (error.getProperty() != null && !member.endsWith("/" + error.getProperty())) {
                member += "/" + error.getProperty();
            }
            breaches.add((member.isEmpty() ? "the document" : member) + ": " + error.getKeyword());
        }
        return List.copyOf(breaches);
    }

    /** @throws BadDocumentException naming the breaches by member and rule */
    public void check(JsonNode document) {
        List<String> breaches = breaches(document);
        if (!breaches.isEmpty()) {
            throw new BadDocumentException("outside the contract: " + String.join("; ", breaches));
        }
    }
}
