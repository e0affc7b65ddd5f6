package io.pathfinder.contracts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiConformanceTest {

    private final String contract = read("openapi/assessment/openapi.yaml");

    @Test
    void aDocumentConformsToItself() {
        assertEquals(List.of(), OpenApiConformance.differences(contract, contract));
    }

    @Test
    void aMissingOperationIsReported() {
        String withoutDelete = contract.replace("    delete:\n      tags:\n        - assessments", "    x-removed:\n      tags:\n        - assessments");
        List<String> differences = OpenApiConformance.differences(contract, withoutDelete);
        assertTrue(differences.contains("DELETE /assessments/{id}: in the contract, not implemented"), differences.toString());
    }

    @Test
    void aChangedParameterBoundIsReported() {
        String widerWait = contract.replace("maximum: 30", "maximum: 300");
        List<String> differences = OpenApiConformance.differences(contract, widerWait);
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("GET /assessments/{id} query:waitseconds: schema")),
                differences.toString());
    }

    private static String read(String resource) {
        try (InputStream in = OpenApiConformanceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
