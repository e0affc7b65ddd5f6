package io.pathfinder.contracts.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Holds JSON documents to the contract's JSON Schemas, read from {@code contracts/schemas} on the classpath. */
public final class SchemaValidation {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private SchemaValidation() {
    }

    /** Every way the document breaks the schema (e.g. CatalogSnapshot.json), as "location: message"; none if it honours it. */
    public static List<String> violations(String schema, String json) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/schemas/" + schema))
                .validate(json, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }
}
