package org.passerelle.application.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The partner contract's JSON Schemas (docs/contract, on the test classpath as
 * {@code classpath:contract/}), validating with formats asserted. Test code: Passerelle itself
 * writes and reads documents with its own code, and these tests hold that code to the contract.
 */
final class ContractSchemas {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ContractSchemas() {}

    /** The breaches of {@code file}'s schema, as the validator words them; empty when the document conforms. */
    static List<String> breaches(String file, byte[] document) {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:contract/" + file));
        try {
            return schema
                    .validate(
                            JSON.readTree(document),
                            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                    .stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema itself, to read its closed lists. */
    static JsonNode schema(String file) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream("/contract/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
