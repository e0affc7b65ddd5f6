package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CatalogWriteTest {

    static Map<String, Object> skill(String slug) {
        return Map.of("slug", slug, "name", "Skill " + slug, "category", "technical",
                "description", "A skill made by a test.", "learningMonthsPerLevel", 1.5);
    }

    static Map<String, Object> role(String slug, List<Map<String, Object>> requirements) {
        return Map.of("slug", slug, "title", "Role " + slug, "family", "engineering", "summary", "A role made by a test.",
                "activityProfile", Map.of("software-engineering", 60, "platform-infrastructure", 40),
                "characteristics", Map.of("autonomy", 3, "stability", 3, "pace", 3, "closenessToBusiness", 2,
                        "successConcreteness", 4, "influenceType", "expertise", "managesPeople", false,
                        "returnToDataScience", 4),
                "relievesPainPoints", List.of("vague-success"),
                "requirements", requirements);
    }

    static Map<String, Object> path(String slug, String from, String to) {
        return Map.of("slug", slug, "from", from, "to", to, "option", "adjacent-discipline", "effortMonths", 6,
                "risk", "medium", "requiresNewCompany", false, "prerequisites", List.of("Practice"),
                "carryOverSkills", List.of("python"), "rationale", "Made by a test.");
    }

    static String create(String collection, Object body) {
        return given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(body)
                .when().post("/" + collection)
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .extract().header("ETag");
    }

    @Test
    void writesNeedAnAdminToken() {
        givenInvalidRequest().contentType(ContentType.JSON).body(skill("no-token-skill"))
                .when().post("/skills")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Api.readerToken()).contentType(ContentType.JSON).body(skill("no-group-skill"))
                .when().post("/skills")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/skills/no-token-skill").then().statusCode(404);
    }

    @Test
    void createsReadsAndRefusesDuplicates() {
        long before = given().get("/catalog/version").jsonPath().getLong("version");
        String tag = create("skills", skill("created-skill"));
        given().when().get("/skills/created-skill")
                .then().statusCode(200)
                .header("ETag", equalTo(tag))
                .body("name", equalTo("Skill created-skill"));
        given().when().get("/catalog/version")
                .then().body("version", greaterThan((int) before));
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(skill("created-skill"))
                .when().post("/skills")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String tag = create("options", Map.of("slug", "test-option", "title", "Test option", "summary", "Made by a test.",
                "tradeOffs", List.of("Some"), "firstSteps", List.of("Start"), "relievesPainPoints", List.of()));
        Map<String, Object> changed = Map.of("slug", "test-option", "title", "Changed", "summary", "Made by a test.",
                "tradeOffs", List.of(), "firstSteps", List.of(), "relievesPainPoints", List.of("volatility"));
        givenInvalidRequest().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(changed)
                .when().put("/options/test-option")
                .then().statusCode(428)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(changed).header("If-Match", "W/\"999\"")
                .when().put("/options/test-option")
                .then().statusCode(412)
                .contentType("application/problem+json");
        String newTag = given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(changed).header("If-Match", tag)
                .when().put("/options/test-option")
                .then().statusCode(200)
                .body("title", equalTo("Changed"))
                .extract().header("ETag");
        assertNotEquals(tag, newTag);
        given().when().get("/options/test-option").then().statusCode(200).body("title", equalTo("Changed"));
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(changed).header("If-Match", tag)
                .when().put("/options/test-option")
                .then().statusCode(412);
    }

    @Test
    void invalidBodiesListEveryBadField() {
        Map<String, Object> bad = Map.of("slug", "bad-skill", "name", "", "category", "technical",
                "description", "x", "learningMonthsPerLevel", 99);
        givenInvalidRequest().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(bad)
                .when().post("/skills")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("body.name", "body.learningMonthsPerLevel"));
        givenInvalidRequest().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(Map.of("slug", "unknown-field-skill", "name", "n", "category", "technical", "description", "d",
                        "learningMonthsPerLevel", 1, "colour", "blue"))
                .when().post("/skills")
                .then().statusCode(400)
                .body("errors[0].field", containsString("colour"));
    }

    @Test
    void unknownReferencesAreUnprocessable() {
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(role("role-with-ghost-skill", List.of(Map.of("skill", "ghost-skill", "importance", 3, "level", 2))))
                .when().post("/roles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body.requirements[0].skill"));
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(path("ghost-path", "ghost-role", "data-scientist"))
                .when().post("/paths")
                .then().statusCode(422)
                .body("errors.field", hasItem("body.from"));
    }

    @Test
    void aRefusedDeleteNamesEveryTypeThatUsesTheEntryAndACascadeReachesEach() {
        create("skills", skill("shared-skill"));
        create("roles", role("shared-skill-role", List.of(Map.of("skill", "shared-skill", "importance", 4, "level", 3))));
        Map<String, Object> carrying = new HashMap<>(path("data-scientist-to-shared-skill-role", "data-scientist",
                "shared-skill-role"));
        carrying.put("carryOverSkills", List.of("shared-skill", "python"));
        create("paths", carrying);

        given().header("Authorization", "Bearer " + adminToken()).when().delete("/skills/shared-skill")
                .then().statusCode(409)
                .body("detail", containsString("required by 1 role(s)"))
                .body("detail", containsString("carried over by 1 transition path(s)"));
        given().header("Authorization", "Bearer " + adminToken()).queryParam("cascade", true).when().delete("/skills/shared-skill")
                .then().statusCode(204);
        given().when().get("/roles/shared-skill-role/requirements").then().statusCode(200).body("skill", not(hasItem("shared-skill")));
        given().when().get("/paths/data-scientist-to-shared-skill-role")
                .then().statusCode(200)
                .body("carryOverSkills", not(hasItem("shared-skill")))
                .body("carryOverSkills", hasItem("python"));
    }

    @Test
    void deletingSomethingInUseNeedsCascade() {
        create("skills", skill("cascade-skill"));
        create("roles", role("cascade-role", List.of(Map.of("skill", "cascade-skill", "importance", 4, "level", 3),
                Map.of("skill", "python", "importance", 3, "level", 2))));
        create("paths", path("data-scientist-to-cascade-role", "data-scientist", "cascade-role"));
        given().when().get("/roles/data-scientist/paths").then().body("to", hasItem("cascade-role"));

        given().header("Authorization", "Bearer " + adminToken()).when().delete("/skills/cascade-skill")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + adminToken()).queryParam("cascade", true).when().delete("/skills/cascade-skill")
                .then().statusCode(204);
        given().when().get("/roles/cascade-role/requirements")
                .then().statusCode(200)
                .body("skill", not(hasItem("cascade-skill")))
                .body("skill", hasItem("python"));

        given().header("Authorization", "Bearer " + adminToken()).when().delete("/roles/cascade-role")
                .then().statusCode(409);
        given().header("Authorization", "Bearer " + adminToken()).header("If-Match", "W/\"12345\"").queryParam("cascade", true)
                .when().delete("/roles/cascade-role")
                .then().statusCode(412);
        given().header("Authorization", "Bearer " + adminToken()).queryParam("cascade", true).when().delete("/roles/cascade-role")
                .then().statusCode(204);
        given().when().get("/paths/data-scientist-to-cascade-role").then().statusCode(404);
        given().when().get("/roles/cascade-role").then().statusCode(404);
    }

    @Test
    void deletingAnOptionInUseCascadesToItsPathsOnly() {
        create("options", Map.of("slug", "cascade-option", "title", "Cascade option", "summary", "Made by a test.",
                "tradeOffs", List.of("Some"), "firstSteps", List.of("Start"), "relievesPainPoints", List.of()));
        Map<String, Object> path = new HashMap<>(path("data-scientist-to-data-engineer-by-test", "data-scientist", "data-engineer"));
        path.put("option", "cascade-option");
        create("paths", path);

        given().header("Authorization", "Bearer " + adminToken()).when().delete("/options/cascade-option")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("used by 1 transition path(s)"));
        given().when().get("/paths/data-scientist-to-data-engineer-by-test").then().statusCode(200);
        given().header("Authorization", "Bearer " + adminToken()).queryParam("cascade", true).when().delete("/options/cascade-option")
                .then().statusCode(204);
        given().when().get("/options/cascade-option").then().statusCode(404);
        given().when().get("/paths/data-scientist-to-data-engineer-by-test").then().statusCode(404);
        given().when().get("/roles/data-engineer").then().statusCode(200);
        given().when().get("/roles/data-scientist/paths").then().statusCode(200)
                .body("slug", not(hasItem("data-scientist-to-data-engineer-by-test")));
    }

    @Test
    void rolesAreWrittenWithTheirRequirements() {
        String tag = create("roles", role("written-role", List.of(Map.of("skill", "python", "importance", 2, "level", 2),
                Map.of("skill", "sql", "importance", 5, "level", 4))));
        given().when().get("/roles/written-role")
                .then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .body("requirements[0].skill", equalTo("sql"));
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).header("If-Match", tag)
                .body(role("written-role", List.of(Map.of("skill", "python", "importance", 5, "level", 5))))
                .when().put("/roles/written-role")
                .then().statusCode(200)
                .body("requirements.skill", equalTo(List.of("python")));
        given().when().get("/skills/sql/roles").then().body("role", not(hasItem("written-role")));
        given().when().get("/skills/python/roles").then().body("role", hasItem("written-role"));
    }
}
