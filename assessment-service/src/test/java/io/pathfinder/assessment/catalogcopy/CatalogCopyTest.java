package io.pathfinder.assessment.catalogcopy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service's own catalogue copy follows catalog-changed events; the catalogue service never
 * runs in these tests, so scoring and the questionnaire work without it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CatalogCopyTest {

    @Test
    void aCatalogueChangeReachesTheQuestionnaireAndReadiness() throws Exception {
        CatalogSnapshot catalog = DefaultCatalog.publishAndAwaitCopy();
        long entries = catalog.getOptions().size() + catalog.getSkills().size() + catalog.getRoles().size()
                + catalog.getPaths().size();
        long version = RestAssured.get("/questionnaire").then().extract().<Integer>path("catalogVersion") + 1L;
        Skill skill = new Skill().slug("quantum-computing").name("Quantum computing").category(SkillCategory.TECHNICAL)
                .description("Algorithms for quantum hardware.").learningMonthsPerLevel(4.0);
        publish(new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version).entryCount(entries + 1).changedAt(OffsetDateTime.now())
                .entityType(CatalogChanged.EntityTypeEnum.SKILL).key(skill.getSlug())
                .change(CatalogChanged.ChangeEnum.UPSERTED).skill(skill));

        awaitCatalogVersion(version);
        RestAssured.get("/questionnaire").then().statusCode(200)
                .body("sections.find { it.id == 'skills' }.questions.id", hasItem("skills/quantum-computing"));
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog-copy' }.data.catalogVersion", equalTo((int) version));

        publish(new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version + 1).entryCount(entries).changedAt(OffsetDateTime.now())
                .entityType(CatalogChanged.EntityTypeEnum.SKILL).key(skill.getSlug())
                .change(CatalogChanged.ChangeEnum.DELETED));
        awaitCatalogVersion(version + 1);
        RestAssured.get("/questionnaire").then().statusCode(200)
                .body("sections.find { it.id == 'skills' }.questions.id", not(hasItem("skills/quantum-computing")));
    }

    private static void publish(CatalogChanged change) throws Exception {
        KafkaTopics.produce(KafkaTopics.CATALOG, change.getEntityType() + ":" + change.getKey(),
                DefaultCatalog.JSON.writeValueAsString(change));
    }

    private static void awaitCatalogVersion(long version) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Integer current = RestAssured.get("/questionnaire").then().extract().path("catalogVersion");
            if (current != null && current >= version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The catalogue copy never reached version " + version);
    }
}
