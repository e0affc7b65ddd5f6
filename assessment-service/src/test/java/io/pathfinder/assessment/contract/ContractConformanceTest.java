package io.pathfinder.assessment.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pathfinder.contracts.testing.OpenApiConformance;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI derived from the code (scanned, under this profile only) matches the contract. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(ContractConformanceTest.ScannedOpenApi.class)
class ContractConformanceTest {

    public static class ScannedOpenApi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.openapi.scan.disable", "false",
                    "quarkus.smallrye-openapi.ignore-static-document", "true");
        }
    }

    @Test
    void theImplementedApiIsTheContract() throws IOException {
        String derived = RestAssured.get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", not(equalTo("Pathfinder assessment API"))) // derived, not the static contract
                .extract().asString();
        String contract;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/assessment/openapi.yaml")) {
            contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), OpenApiConformance.differences(contract, derived));
    }
}
