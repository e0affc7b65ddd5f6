package io.pathfinder.contracts.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CatalogIdsTest {

    @Test
    void theConstantsAreTheSchemas() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/schemas/CatalogId.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals(schema.path("pattern").asText(), CatalogIds.PATTERN);
        assertEquals(schema.path("maxLength").asInt(), CatalogIds.MAX_LENGTH);
        assertEquals(1, schema.path("minLength").asInt());
        assertEquals(CatalogIds.CURATED, schema.path("example").asText());
    }

    @Test
    void idsAreCheckedAsTheSchemaChecksThem() {
        assertTrue(CatalogIds.isCatalogId(CatalogIds.CURATED));
        assertTrue(CatalogIds.isCatalogId("onet-29-2"));
        assertTrue(CatalogIds.isCatalogId("a".repeat(CatalogIds.MAX_LENGTH)));
        assertFalse(CatalogIds.isCatalogId("a".repeat(CatalogIds.MAX_LENGTH + 1)));
        assertFalse(CatalogIds.isCatalogId(""));
        assertFalse(CatalogIds.isCatalogId("O*NET"));
        assertFalse(CatalogIds.isCatalogId("onet-"));
        assertFalse(CatalogIds.isCatalogId(null));
    }

    @Test
    void namingNoCatalogueMeansTheCuratedOne() {
        assertEquals("curated", CatalogIds.orCurated(null));
        assertEquals("onet", CatalogIds.orCurated("onet"));
    }
}
