package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sensible people get sensible advice: personas for the moves the source article describes and the people the
 * catalogue's issues were found with, scored against the default catalogue. Each test checks the move that ranks
 * first, the roles acceptable among the first three, and that the reasons name the answers behind the first.
 */
class PersonaTest {

    private static final int TOP = 3;

    private static ScoringEngine engine;

    @BeforeAll
    static void loadDefaultCatalogue() {
        engine = new ScoringEngine(DefaultCatalog.catalogue());
    }

    /** The author's own story: enjoyed the software and platform side of ML products far more than the analysis. */
    @Test
    void platformBuilderTiredOfVagueSuccessMovesToMlopsOrMlEngineering() {
        ScoringResult result = score(Personas.platformBuilder());

        assertFirstMove(result, "data-scientist-to-ml-engineer");
        assertTopTargets(result, "ml-engineer", "mlops-engineer", "data-engineer");
        result.recommendations().forEach(next -> assertEquals("adjacent-discipline", next.option(), next.path()));
        assertDrivenBy(result, "enjoyment/software-engineering", "enjoyment/platform-infrastructure",
                "enjoyment/analysis-insight", "painPoints/vague-success");
    }

    @Test
    void pipelineLoverMovesToDataEngineering() {
        ScoringResult result = score(Personas.pipelineLover());

        assertFirstMove(result, "data-scientist-to-data-engineer");
        assertTopTargets(result, "data-engineer", "ml-engineer", "mlops-engineer");
        assertDrivenBy(result, "enjoyment/data-pipelines", "painPoints/missing-infrastructure", "priorities/competence");
    }

    /** Option 1: more sway over what gets built, through the formal authority of a product manager. */
    @Test
    void wantsInfluenceOverProductAndStrategyMovesToProductManagement() {
        ScoringResult result = score(Personas.influenceSeeker());

        assertFirstMove(result, "data-scientist-to-product-manager");
        assertTopTargets(result, "product-manager", "growth-manager", "strategy-manager");
        assertDrivenBy(result, "enjoyment/product-strategy", "priorities/influence", "painPoints/no-accountability");
    }

    /** Option 3: knows the customer, data scientists, deeply and wants to teach and build for them. */
    @Test
    void wantsToBuildForDataPeopleMovesToABuildForDataPeopleRole() {
        ScoringResult result = score(Personas.builderForDataPeople());

        assertFirstMove(result, "data-scientist-to-content-creator");
        assertTopTargets(result, "content-creator", "developer-advocate", "solutions-engineer", "data-consultant",
                "founder");
        assertDrivenBy(result, "enjoyment/teaching-writing", "enjoyment/entrepreneurship", "painPoints/lack-of-autonomy");
    }

    /** From the issue: content creator ranked first for a restless builder; founding or consulting fits better. */
    @Test
    void restlessBuilderWhoLovesEntrepreneurshipConsultsOrFoundsRatherThanCreatesContent() {
        ScoringResult result = score(Personas.restlessBuilder());

        assertFirstMove(result, "data-scientist-to-data-consultant");
        assertTopTargets(result, "data-consultant", "founder", "data-scientist-startup");
        assertDrivenBy(result, "enjoyment/entrepreneurship", "priorities/autonomy", "painPoints/slow-pace-red-tape",
                "constraints/riskTolerance");
    }

    /** From the issue: a data scientist at a bank got a new team; red tape and a wish for pace call for a startup. */
    @Test
    void bankDataScientistWhoWantsPaceMovesToAStartup() {
        ScoringResult result = score(Personas.bankDataScientistWantsPace());

        assertFirstMove(result, "data-scientist-to-data-scientist-startup");
        assertTopTargets(result, "data-scientist-startup", "data-scientist-new-team",
                "data-scientist-established-company", "ai-engineer", "data-consultant");
        assertDrivenBy(result, "priorities/growth-pace", "painPoints/slow-pace-red-tape", "constraints/riskTolerance");
    }

    /** Pay counts: someone who values it most moves to one of the best-paid roles open to them. */
    @Test
    void payFirstMovesToAWellPaidRoleCloseToTheBusiness() {
        ScoringResult result = score(Personas.payFirst());

        assertFirstMove(result, "data-scientist-to-growth-manager");
        assertTopTargets(result, "growth-manager", "product-manager", "financial-planning-analysis-manager",
                "marketing-analytics-manager");
        assertDrivenBy(result, "priorities/pay", "enjoyment/product-strategy", "painPoints/no-accountability");
        Reason pay = reason(result.recommendations().get(0), "priorities/pay");
        assertTrue(pay.text().contains("$161,030") && pay.text().contains("(OEWS), May 2024"), pay.text());
    }

    /** Option 4: a generalist who found their sweet spot, like the friend who went deep into computer vision. */
    @Test
    void lovesComputerVisionSpecialisesInIt() {
        ScoringResult result = score(Personas.visionEnthusiast());

        assertFirstMove(result, "data-scientist-to-computer-vision-specialist");
        assertTopTargets(result, "computer-vision-specialist", "nlp-llm-specialist", "recommendation-systems-specialist",
                "time-series-specialist", "ml-engineer");
        assertDrivenBy(result, "specialisationInterests/computer-vision", "enjoyment/modelling-research",
                "priorities/competence");
    }

    @Test
    void drawnToLanguageModelsSpecialisesInNlp() {
        ScoringResult result = score(Personas.languageModelEnthusiast());

        assertFirstMove(result, "data-scientist-to-nlp-llm-specialist");
        assertTopTargets(result, "nlp-llm-specialist", "ai-engineer", "computer-vision-specialist",
                "recommendation-systems-specialist");
        assertDrivenBy(result, "specialisationInterests/nlp-llm", "enjoyment/modelling-research", "skills/nlp");
    }

    /** The source's digital health example: experiment design done properly where it is hard. */
    @Test
    void experimentDesignerBecomesAnExperimentationSpecialist() {
        ScoringResult result = score(Personas.experimentDesigner());

        assertFirstMove(result, "data-scientist-to-experimentation-specialist");
        assertTopTargets(result, "experimentation-specialist", "growth-manager", "financial-planning-analysis-manager");
        assertDrivenBy(result, "specialisationInterests/experimentation-causal-inference", "enjoyment/experiment-design",
                "skills/causal-inference");
    }

    @Test
    void forecasterWhoWantsStabilitySpecialisesInTimeSeries() {
        ScoringResult result = score(Personas.forecaster());

        assertFirstMove(result, "data-scientist-to-time-series-specialist");
        assertTopTargets(result, "time-series-specialist", "financial-planning-analysis-manager",
                "computer-vision-specialist", "data-scientist-established-company");
        assertDrivenBy(result, "specialisationInterests/time-series", "enjoyment/domain-depth", "priorities/stability");
    }

    /** Option 5: the work is fine, the manager is not; a new team keeps the relationships built so far. */
    @Test
    void oneBadManagerOtherwiseHappySwitchesTeam() {
        ScoringResult result = score(Personas.badManagerOtherwiseHappy());

        assertFirstMove(result, "data-scientist-to-data-scientist-new-team");
        assertTopTargets(result, "data-scientist-new-team", "data-scientist-established-company",
                "time-series-specialist", "experimentation-specialist");
        assertDrivenBy(result, "painPoints/bad-manager-or-team", "priorities/relatedness", "enjoyment/analysis-insight");
    }

    /** Option 5 again: big life changes, so stability and a paycheck before growth, at a well-established company. */
    @Test
    void needsStabilityForAWhileMovesToAnEstablishedCompany() {
        ScoringResult result = score(Personas.needsStability());

        assertFirstMove(result, "data-scientist-to-data-scientist-established-company");
        assertTopTargets(result, "data-scientist-established-company", "data-scientist-new-team",
                "financial-planning-analysis-manager");
        assertDrivenBy(result, "priorities/stability", "painPoints/volatility", "constraints/riskTolerance");
    }

    /**
     * Leaving, but keeping the way back open. ML engineering is the move for someone who wants to build: it keeps
     * modelling in the daily work (returnToDataScience 5, where MLOps and data engineering have 4) and its way back,
     * ml-engineer-to-data-scientist, is the shortest boomerang path in the catalogue (3 months, low risk).
     */
    @Test
    void mayComeBackToDataScienceLaterMovesWhereTheDoorStaysOpen() {
        ScoringResult result = score(Personas.mayReturnLater());

        assertFirstMove(result, "data-scientist-to-ml-engineer");
        assertTopTargets(result, "ml-engineer", "ai-engineer", "computer-vision-specialist", "nlp-llm-specialist");
        assertDrivenBy(result, "constraints/mayReturnToDataScience", "enjoyment/software-engineering",
                "painPoints/vague-success");
    }

    @Test
    void seniorDataScientistWhoWantsScopeWithoutReportsGrowsToStaff() {
        ScoringResult result = score(Personas.seniorWantingStaffScope());

        assertFirstMove(result, "senior-data-scientist-to-staff-data-scientist");
        assertTopTargets(result, "staff-data-scientist", "technical-lead", "data-consultant");
        assertDrivenBy(result, "priorities/influence", "enjoyment/modelling-research",
                "painPoints/no-architecture-influence");
    }

    @Test
    void analystWhoWantsToModelBecomesADataScientist() {
        ScoringResult result = score(Personas.analystWhoWantsToModel());

        assertFirstMove(result, "data-analyst-to-data-scientist");
        assertTopTargets(result, "data-scientist", "experimentation-specialist", "growth-manager",
                "financial-planning-analysis-manager");
        assertDrivenBy(result, "enjoyment/modelling-research", "skills/sql", "priorities/competence");
    }

    @Test
    void analystWhoWantsToDecideWhatGetsBuiltMovesToProduct() {
        ScoringResult result = score(Personas.analystWhoWantsProduct());

        assertFirstMove(result, "data-analyst-to-product-manager");
        assertTopTargets(result, "product-manager", "strategy-manager", "growth-manager",
                "financial-planning-analysis-manager");
        assertDrivenBy(result, "enjoyment/product-strategy", "priorities/influence", "painPoints/no-accountability");
    }

    /** Like the director in the source who stayed and became an individual contributor again. */
    @Test
    void dataScienceManagerMissingHandsOnWorkReturnsToTheIcTrack() {
        ScoringResult result = score(Personas.managerMissingHandsOnWork());

        assertFirstMove(result, "data-science-manager-to-staff-data-scientist");
        assertTopTargets(result, "staff-data-scientist", "principal-data-scientist", "data-consultant");
        assertEquals("boomerang-to-data-science", result.recommendations().get(0).option());
        assertDrivenBy(result, "enjoyment/modelling-research", "enjoyment/people-leadership", "priorities/relatedness");
    }

    /** From the issue: a data science manager had one way out; engineering management is another. */
    @Test
    void dataScienceManagerWhoWantsConcreteSuccessManagesEngineers() {
        ScoringResult result = score(Personas.managerWantingConcreteEngineering());

        assertFirstMove(result, "data-science-manager-to-engineering-manager");
        assertTopTargets(result, "engineering-manager", "staff-data-scientist", "principal-data-scientist");
        assertDrivenBy(result, "enjoyment/software-engineering", "priorities/competence", "skills/people-management");
    }

    @Test
    void dataEngineerMissingModelsBoomerangsIntoDataScience() {
        ScoringResult result = score(Personas.dataEngineerMissingModels());

        assertFirstMove(result, "data-engineer-to-data-scientist");
        assertTopTargets(result, "data-scientist", "ml-engineer", "mlops-engineer");
        assertDrivenBy(result, "enjoyment/modelling-research", "constraints/mayReturnToDataScience", "skills/statistics");
    }

    @Test
    void mlEngineerWhoWantsTheArchitectureCallsBecomesTechnicalLead() {
        ScoringResult result = score(Personas.mlEngineerWantingTechnicalLead());

        assertFirstMove(result, "ml-engineer-to-technical-lead");
        assertTopTargets(result, "technical-lead", "ai-engineer", "mlops-engineer");
        assertDrivenBy(result, "priorities/influence", "painPoints/no-architecture-influence",
                "enjoyment/people-leadership");
    }

    @Test
    void mlopsEngineerWhoLovesTeachingBecomesADeveloperAdvocate() {
        ScoringResult result = score(Personas.mlopsEngineerWhoLovesTeaching());

        assertFirstMove(result, "mlops-engineer-to-developer-advocate");
        assertTopTargets(result, "developer-advocate", "solutions-engineer", "technical-lead");
        assertDrivenBy(result, "enjoyment/teaching-writing", "skills/technical-writing", "priorities/autonomy");
    }

    /** The boomerang: a product manager who misses modelling goes back to data science. */
    @Test
    void productManagerMissingDataScienceBoomerangsBack() {
        ScoringResult result = score(Personas.boomerangingProductManager());

        assertFirstMove(result, "product-manager-to-data-scientist");
        assertEquals("boomerang-to-data-science", result.recommendations().get(0).option());
        assertTopTargets(result, "data-scientist", "experimentation-specialist", "growth-manager");
        assertDrivenBy(result, "enjoyment/modelling-research", "constraints/mayReturnToDataScience", "skills/statistics");
    }

    @Test
    void operationsManagerWhoMissesForecastingBoomerangsAsATimeSeriesSpecialist() {
        ScoringResult result = score(Personas.operationsManagerMissingForecasting());

        assertFirstMove(result, "operations-manager-to-time-series-specialist");
        assertTopTargets(result, "time-series-specialist", "data-scientist", "data-consultant");
        assertDrivenBy(result, "specialisationInterests/time-series", "enjoyment/analysis-insight", "skills/forecasting");
    }

    /** A founder whose company ended wants stability: back into data science rather than another venture. */
    @Test
    void founderWhoNeedsStabilityReturnsToDataScience() {
        ScoringResult result = score(Personas.founderWantingStability());

        assertFirstMove(result, "founder-to-data-scientist");
        assertTopTargets(result, "data-scientist", "principal-data-scientist", "data-consultant");
        assertDrivenBy(result, "priorities/stability", "painPoints/volatility", "enjoyment/modelling-research");
    }

    /** Few ways lead out of content creation, so only the first two are held to being sensible. */
    @Test
    void creatorWhoWantsASalaryBecomesADeveloperAdvocate() {
        ScoringResult result = score(Personas.creatorWantingASalary());

        assertFirstMove(result, "content-creator-to-developer-advocate");
        assertTopTargets(result.recommendations().subList(0, 2), Set.of("developer-advocate", "data-scientist"));
        assertDrivenBy(result, "enjoyment/teaching-writing", "skills/technical-writing", "priorities/stability");
    }

    @Test
    void consultantTiredOfSellingReturnsAsASeniorDataScientist() {
        ScoringResult result = score(Personas.consultantTiredOfSelling());

        assertFirstMove(result, "data-consultant-to-senior-data-scientist");
        assertTopTargets(result.recommendations().subList(0, 2), Set.of("senior-data-scientist", "data-scientist"));
        assertDrivenBy(result, "priorities/stability", "painPoints/volatility", "skills/machine-learning");
    }

    /**
     * Every reason, of every persona's first three moves, points at a question of the questionnaire, and at an
     * answer the person gave wherever the answer is a choice (a skill rated, a pain point, a priority, an interest).
     */
    @Test
    void everyReasonNamesTheAnswerThatDroveIt() throws ReflectiveOperationException {
        List<String> defects = new ArrayList<>();
        int personas = 0;
        for (Method persona : Personas.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(persona.getModifiers()) || persona.getReturnType() != Answers.class) {
                continue;
            }
            personas++;
            Answers answers = (Answers) persona.invoke(null);
            for (Recommendation recommendation : score(answers).recommendations()) {
                recommendation.factors().stream().flatMap(factor -> factor.reasons().stream())
                        .filter(reason -> !givenAnswer(answers, reason.answer()))
                        .forEach(reason -> defects.add(persona.getName() + " " + recommendation.path() + ": "
                                + reason.answer()));
            }
        }
        assertEquals(List.of(), defects);
        assertTrue(personas >= 20, personas + " personas");
    }

    private static boolean givenAnswer(Answers answers, String pointer) {
        String[] parts = pointer.split("/", 2);
        String value = parts.length == 2 ? parts[1] : "";
        return switch (parts[0]) {
            case "skills" -> answers.skills().getOrDefault(value, 0) > 0;
            case "priorities" -> answers.priorities().getOrDefault(value, 0) > 0;
            case "painPoints" -> answers.painPoints().contains(value);
            case "specialisationInterests" -> answers.specialisationInterests().contains(value);
            // An activity one did not rate counts as not enjoyed: the question is still the one that drove it.
            case "enjoyment" -> Arrays.stream(Activity.values()).anyMatch(activity -> activity.slug().equals(value));
            case "constraints" -> Set.of("monthsToUpskill", "openToChangingCompany", "openToManagingPeople",
                    "riskTolerance", "internalMoveAvailable", "mayReturnToDataScience").contains(value);
            default -> false;
        };
    }

    private static ScoringResult score(Answers answers) {
        return engine.score(answers, TOP);
    }

    private static void assertFirstMove(ScoringResult result, String path) {
        assertEquals(path, result.recommendations().get(0).path(), result.recommendations().toString());
    }

    /** The first three moves lead only to acceptable roles. */
    private static void assertTopTargets(ScoringResult result, String... acceptable) {
        assertTopTargets(result.recommendations(), Set.of(acceptable));
    }

    private static void assertTopTargets(List<Recommendation> top, Set<String> acceptable) {
        List<String> targets = top.stream().map(Recommendation::targetRole).toList();
        assertTrue(acceptable.containsAll(targets), targets + " not all among " + acceptable);
    }

    /** Each answer must have raised the score of the first move in one of its factors. */
    private static void assertDrivenBy(ScoringResult result, String... answers) {
        Recommendation first = result.recommendations().get(0);
        for (String answer : answers) {
            double points = first.factors().stream().flatMap(factor -> factor.reasons().stream())
                    .filter(reason -> reason.answer().equals(answer)).mapToDouble(Reason::points).sum();
            assertTrue(points > 0, answer + " did not raise " + first.path() + ": " + first.factors());
        }
    }

    private static Reason reason(Recommendation recommendation, String answer) {
        return recommendation.factors().stream().flatMap(factor -> factor.reasons().stream())
                .filter(reason -> reason.answer().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError(answer + " not among " + recommendation.factors()));
    }
}
