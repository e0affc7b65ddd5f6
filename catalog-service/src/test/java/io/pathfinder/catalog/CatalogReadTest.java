package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CatalogReadTest {

    @Test
    void listsOnePageOfRolesWithTotalAndLinks() {
        given().queryParam("size", 5).queryParam("page", 2)
                .when().get("/roles")
                .then().statusCode(200)
                .header("X-Total-Count", Integer.parseInt(given().get("/roles").header("X-Total-Count")) + "")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=1&size=5"))
                .header("ETag", startsWith("W/\"catalog-"))
                .header("Cache-Control", "public, max-age=60")
                .body("page", equalTo(2))
                .body("size", equalTo(5))
                .body("items", hasSize(5))
                .body("total", greaterThanOrEqualTo(33));
    }

    @Test
    void filtersRolesByFamilySkillOptionAndWords() {
        given().queryParam("family", "engineering").queryParam("size", 100)
                .when().get("/roles")
                .then().statusCode(200)
                .body("items.family", everyItem(equalTo("engineering")))
                .body("items.slug", hasItem("mlops-engineer"));
        given().queryParam("option", "adjacent-discipline").queryParam("skill", "python").queryParam("size", 100)
                .when().get("/roles")
                .then().statusCode(200)
                .body("items.slug", hasItems("ml-engineer", "mlops-engineer"))
                .body("items.slug", not(hasItem("product-manager")));
        given().queryParam("q", "MLOPS")
                .when().get("/roles")
                .then().statusCode(200)
                .body("items.slug", hasItem("mlops-engineer"))
                .body("items.slug", not(hasItem("founder")));
    }

    @Test
    void sortsRolesBySlugDescending() {
        List<String> slugs = given().queryParam("sort", "-slug").queryParam("size", 100)
                .when().get("/roles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
        assertTrue(slugs.size() > 1);
        assertEquals(slugs.stream().sorted(Comparator.reverseOrder()).toList(), slugs);
    }

    @Test
    void servesRoleWithRequirementsMostImportantFirst() {
        given().when().get("/roles/data-scientist")
                .then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .body("title", equalTo("Data Scientist"))
                .body("requirements[0].importance", equalTo(5));
        given().when().get("/roles/data-scientist/requirements")
                .then().statusCode(200)
                .body("skill", hasItems("python", "statistics"))
                .body("[0].importance", equalTo(5));
    }

    @Test
    void listsOutgoingPathsLeastEffortFirst() {
        given().queryParam("option", "adjacent-discipline").queryParam("maxEffortMonths", 9)
                .when().get("/roles/data-scientist/paths")
                .then().statusCode(200)
                .body("option", everyItem(equalTo("adjacent-discipline")))
                .body("effortMonths", everyItem(lessThanOrEqualTo(9)))
                .body("to", hasItems("data-engineer", "ml-engineer"))
                .body("to", not(hasItem("mlops-engineer")));
    }

    @Test
    void comparesTwoRoles() {
        given().when().get("/roles/data-scientist/comparison/mlops-engineer")
                .then().statusCode(200)
                .body("from", equalTo("data-scientist"))
                .body("to", equalTo("mlops-engineer"))
                .body("overlapPercent", greaterThan(0f))
                .body("toGain", not(hasSize(0)))
                .body("toGain[0].gap", greaterThan(0));
    }

    @Test
    void servesSkillsOptionsAndPaths() {
        given().queryParam("category", "technical").queryParam("sort", "slug")
                .when().get("/skills")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("technical")))
                .header("X-Total-Count", notNullValue());
        given().when().get("/skills/python").then().statusCode(200).body("name", equalTo("Python"));
        given().when().get("/skills/python/roles")
                .then().statusCode(200)
                .body("role", hasItem("data-scientist"));
        given().when().get("/options").then().statusCode(200).body("slug", hasItems("lateral-leadership", "specialize-deeper"));
        given().when().get("/options/adjacent-discipline").then().statusCode(200).body("tradeOffs", not(hasSize(0)));
        given().queryParam("from", "data-scientist").queryParam("option", "specialize-deeper").queryParam("size", 100)
                .when().get("/paths")
                .then().statusCode(200)
                .body("items.from", everyItem(equalTo("data-scientist")))
                .body("items.slug", hasItem("data-scientist-to-senior-data-scientist"));
        given().when().get("/paths/data-scientist-to-senior-data-scientist")
                .then().statusCode(200)
                .body("to", equalTo("senior-data-scientist"));
    }

    @Test
    void servesVersionAndExportInTheImportShape() {
        given().when().get("/catalog/version")
                .then().statusCode(200)
                .body("version", greaterThanOrEqualTo(1))
                .body("updatedAt", notNullValue());
        given().when().get("/catalog/export")
                .then().statusCode(200)
                .header("ETag", startsWith("W/\"catalog-"))
                .body("options.slug", hasItem("boomerang-to-data-science"))
                .body("roles.slug", hasItem("data-scientist"))
                .body("skills.size()", greaterThanOrEqualTo(52))
                .body("paths.size()", greaterThanOrEqualTo(90));
    }

    @Test
    void answersNotModifiedForTheCurrentEtag() {
        String roleTag = given().get("/roles/data-scientist").header("ETag");
        given().header("If-None-Match", roleTag)
                .when().get("/roles/data-scientist")
                .then().statusCode(304);
        String listTag = given().get("/roles").header("ETag");
        given().header("If-None-Match", listTag)
                .when().get("/roles")
                .then().statusCode(304);
        given().header("If-None-Match", "W/\"catalog-0\"")
                .when().get("/roles")
                .then().statusCode(200);
    }

    @Test
    void unknownSlugIsNotFoundProblem() {
        given().when().get("/roles/no-such-role")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-role"));
        given().when().get("/roles/data-scientist/comparison/no-such-role").then().statusCode(404);
        given().when().get("/skills/no-such-skill/roles").then().statusCode(404);
        given().when().get("/paths/no-such-path").then().statusCode(404);
    }

    @Test
    void wrongQueryTypesAreBadRequestsNamingEveryField() {
        givenInvalidRequest().queryParam("page", "abc").queryParam("family", "astronaut")
                .when().get("/roles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("query.page", "query.family"));
        givenInvalidRequest().queryParam("size", 1000).queryParam("page", 0)
                .when().get("/skills")
                .then().statusCode(400)
                .body("errors.field", contains("query.page", "query.size"));
        givenInvalidRequest().queryParam("sort", "colour")
                .when().get("/roles")
                .then().statusCode(400)
                .body("errors.field", contains("query.sort"));
        givenInvalidRequest().queryParam("maxEffortMonths", "soon")
                .when().get("/paths")
                .then().statusCode(400)
                .body("errors.field", contains("query.maxEffortMonths"));
    }

    @Test
    void isReadyAndServesItsContract() {
        givenInvalidRequest().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        givenInvalidRequest().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("Pathfinder catalogue API"));
    }
}
