package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.catalogcopy.CatalogueJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sensible people get sensible advice: one persona per move the source article describes, scored against the
 * default catalogue. Each test checks the move that ranks first and that its reasons name the answers behind it.
 */
class PersonaTest {

    static final Path DEFAULT_CATALOGUE = Path.of("../catalog-service/src/main/resources/catalog/default-catalog.json");

    private static ScoringEngine engine;

    @BeforeAll
    static void loadDefaultCatalogue() throws IOException {
        engine = new ScoringEngine(CatalogueJsonReader.read(DEFAULT_CATALOGUE));
    }

    /** The author's own story: enjoyed the software and platform side of ML products far more than the analysis. */
    @Test
    void platformBuilderTiredOfVagueSuccessMovesToMlopsOrMlEngineering() {
        ScoringResult result = engine.score(Personas.platformBuilder(), 3);

        Recommendation top = result.recommendations().get(0);
        assertTrue(List.of("mlops-engineer", "ml-engineer").contains(top.targetRole()), top.path());
        result.recommendations().forEach(next -> assertEquals("adjacent-discipline", next.option(), next.path()));
        assertDrivenBy(top, "enjoyment/software-engineering", "enjoyment/platform-infrastructure",
                "enjoyment/analysis-insight", "painPoints/vague-success");
    }

    @Test
    void pipelineLoverMovesToDataEngineering() {
        Recommendation top = top(Personas.pipelineLover());

        assertEquals("data-scientist-to-data-engineer", top.path());
        assertDrivenBy(top, "enjoyment/data-pipelines", "painPoints/missing-infrastructure", "priorities/competence");
    }

    /** Option 1: more sway over what gets built, through the formal authority of a product manager. */
    @Test
    void wantsInfluenceOverProductAndStrategyMovesToProductManagement() {
        Recommendation top = top(Personas.influenceSeeker());

        assertEquals("data-scientist-to-product-manager", top.path());
        assertEquals("lateral-leadership", top.option());
        assertDrivenBy(top, "enjoyment/product-strategy", "priorities/influence", "painPoints/no-accountability");
    }

    /** Option 3: knows the customer, data scientists, deeply and wants to teach and build for them. */
    @Test
    void wantsToBuildForDataPeopleMovesToABuildForDataPeopleRole() {
        Recommendation top = top(Personas.builderForDataPeople());

        assertEquals("build-for-data-people", top.option(), top.path());
        assertDrivenBy(top, "enjoyment/teaching-writing", "enjoyment/entrepreneurship", "painPoints/lack-of-autonomy");
    }

    /** Option 4: a generalist who found their sweet spot, like the friend who went deep into computer vision. */
    @Test
    void lovesComputerVisionSpecialisesInIt() {
        Recommendation top = top(Personas.visionEnthusiast());

        assertEquals("data-scientist-to-computer-vision-specialist", top.path());
        assertDrivenBy(top, "specialisationInterests/computer-vision", "enjoyment/modelling-research",
                "priorities/competence");
    }

    /** Option 5: the work is fine, the manager is not; a new team keeps the relationships built so far. */
    @Test
    void oneBadManagerOtherwiseHappySwitchesTeam() {
        Recommendation top = top(Personas.badManagerOtherwiseHappy());

        assertEquals("data-scientist-to-data-scientist-new-team", top.path());
        assertEquals("switch-company-or-team", top.option());
        assertDrivenBy(top, "painPoints/bad-manager-or-team", "priorities/relatedness", "enjoyment/analysis-insight");
    }

    /** Option 5 again: big life changes, so stability and a paycheck before growth, at a well-established company. */
    @Test
    void needsStabilityForAWhileMovesToAnEstablishedCompany() {
        Recommendation top = top(Personas.needsStability());

        assertEquals("data-scientist-to-data-scientist-established-company", top.path());
        assertDrivenBy(top, "priorities/stability", "painPoints/volatility", "constraints/riskTolerance");
    }

    /**
     * Leaving, but keeping the way back open. ML engineering is the move for someone who wants to build: it keeps
     * modelling in the daily work (returnToDataScience 5, where MLOps and data engineering have 4) and its way back,
     * ml-engineer-to-data-scientist, is the shortest boomerang path in the catalogue (3 months, low risk).
     */
    @Test
    void mayComeBackToDataScienceLaterMovesWhereTheDoorStaysOpen() {
        Recommendation top = top(Personas.mayReturnLater());

        assertEquals("data-scientist-to-ml-engineer", top.path());
        assertDrivenBy(top, "constraints/mayReturnToDataScience", "enjoyment/software-engineering",
                "painPoints/vague-success");
    }

    /** The boomerang: a product manager who misses modelling goes back to data science. */
    @Test
    void productManagerMissingDataScienceBoomerangsBack() {
        Recommendation top = top(Personas.boomerangingProductManager());

        assertEquals("product-manager-to-data-scientist", top.path());
        assertEquals("boomerang-to-data-science", top.option());
        assertDrivenBy(top, "enjoyment/modelling-research", "constraints/mayReturnToDataScience", "skills/statistics");
    }

    private static Recommendation top(Answers answers) {
        return engine.score(answers, 1).recommendations().get(0);
    }

    /** Each answer must have raised the score of the recommendation in one of its factors. */
    private static void assertDrivenBy(Recommendation recommendation, String... answers) {
        for (String answer : answers) {
            double points = recommendation.factors().stream().flatMap(factor -> factor.reasons().stream())
                    .filter(reason -> reason.answer().equals(answer)).mapToDouble(Reason::points).sum();
            assertTrue(points > 0, answer + " did not raise " + recommendation.path() + ": " + recommendation.factors());
        }
    }
}
