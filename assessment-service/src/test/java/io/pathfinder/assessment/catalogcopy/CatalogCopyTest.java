package io.pathfinder.assessment.catalogcopy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.contracts.model.CatalogChanged;
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
        long entries = DefaultCatalog.entries(DefaultCatalog.publishAndAwaitCopy());
        long version = DefaultCatalog.copyVersion() + 1;
        Skill skill = new Skill().slug("quantum-computing").name("Quantum computing").category(SkillCategory.TECHNICAL)
                .description("Algorithms for quantum hardware.").learningMonthsPerLevel(4.0);
        DefaultCatalog.publish(new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version).entryCount(entries + 1).changedAt(OffsetDateTime.now())
                .entityType(CatalogChanged.EntityTypeEnum.SKILL).key(skill.getSlug())
                .change(CatalogChanged.ChangeEnum.UPSERTED).skill(skill));

        DefaultCatalog.awaitCatalogVersion(version);
        RestAssured.get("/questionnaire").then().statusCode(200)
                .body("sections.find { it.id == 'skills' }.questions.id", hasItem("skills/quantum-computing"));
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog-copy' }.data.catalogVersion", equalTo((int) version));

        DefaultCatalog.publish(new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version + 1).entryCount(entries).changedAt(OffsetDateTime.now())
                .entityType(CatalogChanged.EntityTypeEnum.SKILL).key(skill.getSlug())
                .change(CatalogChanged.ChangeEnum.DELETED));
        DefaultCatalog.awaitCatalogVersion(version + 1);
        RestAssured.get("/questionnaire").then().statusCode(200)
                .body("sections.find { it.id == 'skills' }.questions.id", not(hasItem("skills/quantum-computing")));
    }
}
