package io.pathfinder.assessment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Results are read back as stored, but that those scored before catalogues had ids are read as the curated one's. */
class StoredResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEFORE_CATALOGUE_IDS =
            "{\"modelVersion\":\"2026.11-2\",\"catalogVersion\":7,\"recommendations\":[{\"rank\":1,\"catalog\":\"x\"}],"
                    + "\"options\":[]}";

    @Test
    void aResultNamingItsCatalogueIsReadAsStored() {
        byte[] json = bytes("{\"modelVersion\":\"2026.11-2\",\"catalog\":\"onet\",\"catalogVersion\":1,"
                + "\"recommendations\":[],\"options\":[]}");

        assertArrayEquals(json, StoredResults.json(StoredResults.compress(json)));
        assertEquals("onet", StoredResults.catalogOf(StoredResults.compress(json)));
    }

    @Test
    void aResultScoredBeforeCataloguesHadIdsIsTheCuratedOnes() throws IOException {
        for (byte[] stored : new byte[][] {bytes(BEFORE_CATALOGUE_IDS), StoredResults.compress(bytes(BEFORE_CATALOGUE_IDS))}) {
            JsonNode result = JSON.readTree(StoredResults.json(stored));

            assertEquals("curated", result.path("catalog").asText());
            assertEquals(7, result.path("catalogVersion").asInt());
            assertEquals("x", result.path("recommendations").path(0).path("catalog").asText());
            assertEquals("curated", StoredResults.catalogOf(stored));
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
