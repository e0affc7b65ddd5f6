package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.sdk.assessment.api.AssessmentsApi;
import io.pathfinder.sdk.assessment.api.InsightsApi;
import io.pathfinder.sdk.assessment.api.JourneysApi;
import io.pathfinder.sdk.assessment.api.QuestionnaireApi;
import io.pathfinder.sdk.assessment.model.Assessment;
import io.pathfinder.sdk.assessment.model.AssessmentStatus;
import io.pathfinder.sdk.assessment.model.Choice;
import io.pathfinder.sdk.assessment.model.CohortBucket;
import io.pathfinder.sdk.assessment.model.CohortInsight;
import io.pathfinder.sdk.assessment.model.Constraints;
import io.pathfinder.sdk.assessment.model.EvaluationReport;
import io.pathfinder.sdk.assessment.model.FactorContribution;
import io.pathfinder.sdk.assessment.model.FieldError;
import io.pathfinder.sdk.assessment.model.LearningPlan;
import io.pathfinder.sdk.assessment.model.Outcome;
import io.pathfinder.sdk.assessment.model.PainPoint;
import io.pathfinder.sdk.assessment.model.Problem;
import io.pathfinder.sdk.assessment.model.ProblemType;
import io.pathfinder.sdk.assessment.model.Question;
import io.pathfinder.sdk.assessment.model.Questionnaire;
import io.pathfinder.sdk.assessment.model.QuestionnaireAnswers;
import io.pathfinder.sdk.assessment.model.Recommendation;
import io.pathfinder.sdk.assessment.model.RecordedOutcome;
import io.pathfinder.sdk.assessment.model.Risk;
import io.pathfinder.sdk.assessment.model.RoutePlan;
import io.pathfinder.sdk.assessment.model.WhatIfChanges;
import io.pathfinder.sdk.assessment.model.WhatIfResult;
import io.pathfinder.sdk.catalog.api.CatalogApi;
import io.pathfinder.sdk.catalog.api.RolesApi;
import io.pathfinder.sdk.catalog.model.CatalogSummary;
import io.pathfinder.sdk.catalog.model.RolePage;
import io.pathfinder.sdk.catalog.model.RoleSummary;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An integrator's whole flow through the generated Java SDK alone: browse the catalogue, render the
 * questionnaire, submit answers built from it, long-poll the result, plan routes, ask what if, get a learning
 * plan, report the outcome, read the model's evaluation and the cohort insight as an HR analyst, and meet a problem
 * document.
 */
class JavaSdkFlowIT {

    private static final String PREFERRED_STARTING_ROLE = "data-scientist";
    /** Statisticians, in the O*NET sample: one path leads on, to computer and information research scientists. */
    private static final String STATISTICIAN = "onet-15-2041-00";
    private static final int LONG_POLL_SECONDS = 20;
    private static final int MAX_LONG_POLLS = 6;

    private final RunningStack stack = RunningStack.get();
    private final String token = stack.tenantToken("sdk-java-e2e");
    private final String analystToken = stack.analystToken("sdk-java-e2e");

    @Test
    void browsesSubmitsAndReadsExplainedRecommendations() throws Exception {
        RolePage roles = new RolesApi(catalogClient()).listRoles(null, null, null, null, null, null, 1, 100);
        assertFalse(roles.getItems().isEmpty(), "the curated catalogue lists roles");
        Set<String> roleSlugs = roles.getItems().stream().map(RoleSummary::getSlug).collect(Collectors.toSet());

        Questionnaire questionnaire = new QuestionnaireApi(assessmentClient()).getQuestionnaire();
        QuestionnaireAnswers answers = answersTo(questionnaire);
        assertTrue(roleSlugs.contains(answers.getCurrentRole()), "the questionnaire offers catalogue roles");

        AssessmentsApi assessments = new AssessmentsApi(assessmentClient());
        Assessment submitted = assessments.submitAssessment(answers, null);
        assertEquals(AssessmentStatus.PENDING, submitted.getStatus());

        Assessment scored = awaitCompletion(assessments, submitted);
        assertEquals(AssessmentStatus.SCORED, scored.getStatus(), () -> "failure: " + scored.getFailure());
        assertEquals(questionnaire.getCatalogVersion(), scored.getResult().getCatalogVersion());
        assertRankedAndExplained(scored.getResult().getRecommendations());

        JourneysApi journeys = new JourneysApi(assessmentClient());
        RoutePlan plan = journeys.planRoutes(scored.getId(), null, "adjacent-discipline", null, 2, 3);
        assertFalse(plan.getRoutes().isEmpty(), "routes that end in an adjacent discipline");
        plan.getRoutes().forEach(route -> assertEquals("adjacent-discipline",
                route.getSteps().get(route.getSteps().size() - 1).getMove().getOption()));
        WhatIfResult whatIf = journeys.whatIf(scored.getId(), new WhatIfChanges().putSkillsItem("ci-cd", 5));
        assertEquals(scored.getResult().getModelVersion(), whatIf.getModelVersion());
        assertEquals(scored.getResult().getRecommendations().get(0).getScore(), whatIf.getPaths().stream()
                .filter(path -> path.getRankBefore() == 1).findFirst().orElseThrow().getScoreBefore());
        LearningPlan learning = journeys.getLearningPlan(scored.getId(),
                List.of(scored.getResult().getRecommendations().get(0).getPath()));
        assertEquals(1, learning.getStages().size());

        Recommendation first = scored.getResult().getRecommendations().get(0);
        RecordedOutcome outcome = new InsightsApi(assessmentClient(token)).recordOutcome(scored.getId(), new Outcome()
                .kind(Outcome.KindEnum.MOVED).role(first.getTargetRole()).move(Outcome.MoveEnum.INTERNAL)
                .movedAt(OffsetDateTime.now(ZoneOffset.UTC)).satisfaction(4));
        assertEquals(scored.getId(), outcome.getAssessmentId());
        assertEquals(first.getTargetRole(), outcome.getOutcome().getRole());

        InsightsApi analyst = new InsightsApi(assessmentClient(analystToken));
        EvaluationReport evaluation = analyst.getEvaluation(null, null);
        assertTrue(evaluation.getOverall().getMoves() >= 1, "the reported move is evaluated");
        assertTrue(evaluation.getOverall().getHitAt1() > 0, "a move to the top recommendation is a hit at 1");
        CohortInsight cohort = analyst.getCohortInsight(null, null, null);
        for (CohortBucket bucket : cohort.getTopOptions()) {
            assertTrue(bucket.getPeople() >= cohort.getMinimumBucket(), () -> "a bucket of too few people: " + bucket);
        }
        io.pathfinder.sdk.assessment.ApiException notAnAnalyst = assertThrows(
                io.pathfinder.sdk.assessment.ApiException.class,
                () -> new InsightsApi(assessmentClient(token)).getCohortInsight(null, null, null));
        assertEquals(403, notAnAnalyst.getCode());
    }

    @Test
    void aTenantOnTheSecondCatalogueIsAdvisedFromItsOccupations() throws Exception {
        Map<String, CatalogSummary> catalogs = new CatalogApi(catalogClient()).listCatalogs().stream()
                .collect(Collectors.toMap(CatalogSummary::getId, Function.identity()));
        assertTrue(catalogs.containsKey("curated"), () -> "the curated catalogue is listed: " + catalogs.keySet());
        CatalogSummary second = catalogs.get(RunningStack.SECOND_CATALOG);
        assertNotNull(second, () -> "the second catalogue is listed: " + catalogs.keySet());
        assertTrue(second.getSources().stream().anyMatch(source -> source.getAttribution() != null
                && source.getAttribution().contains("O*NET 29.2 Database")), "with the attribution its licence asks for");
        Set<String> occupations = new RolesApi(catalogClient())
                .listRoles(RunningStack.SECOND_CATALOG, null, null, null, null, null, 1, 100).getItems().stream()
                .map(RoleSummary::getSlug).collect(Collectors.toSet());
        assertEquals(second.getCounts().getRoles(), occupations.size());

        String tenantToken = stack.tenantToken(RunningStack.SECOND_CATALOG_TENANT);
        Questionnaire questionnaire = new QuestionnaireApi(assessmentClient(tenantToken)).getQuestionnaire();
        assertEquals(RunningStack.SECOND_CATALOG, questionnaire.getCatalog(), "the tenant is asked about its catalogue");
        QuestionnaireAnswers answers = answersTo(questionnaire, STATISTICIAN);
        AssessmentsApi assessments = new AssessmentsApi(assessmentClient(tenantToken));
        Assessment scored = awaitCompletion(assessments, assessments.submitAssessment(answers, null));

        assertEquals(AssessmentStatus.SCORED, scored.getStatus(), () -> "failure: " + scored.getFailure());
        assertEquals(RunningStack.SECOND_CATALOG, scored.getResult().getCatalog());
        assertEquals(second.getVersion(), scored.getResult().getCatalogVersion());
        assertRankedAndExplained(scored.getResult().getRecommendations());
        scored.getResult().getRecommendations().forEach(recommendation -> assertTrue(
                occupations.contains(recommendation.getTargetRole()), () -> "an occupation of the second catalogue: "
                        + recommendation.getTargetRole()));
    }

    @Test
    void aBadSubmissionSurfacesTheProblemDocument() throws Exception {
        AssessmentsApi assessments = new AssessmentsApi(assessmentClient());
        QuestionnaireAnswers answers = answersTo(new QuestionnaireApi(assessmentClient()).getQuestionnaire())
                .currentRole("no-such-role");

        io.pathfinder.sdk.assessment.ApiException error = assertThrows(io.pathfinder.sdk.assessment.ApiException.class,
                () -> assessments.submitAssessment(answers, null));

        assertEquals(400, error.getCode());
        assertTrue(error.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Problem problem = assessmentClient().getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertEquals(ProblemType.VALIDATION, problem.getType());
        assertEquals(400, problem.getStatus());
        assertNotNull(problem.getTitle());
        assertTrue(problem.getErrors().stream().map(FieldError::getField).anyMatch("body.currentRole"::equals),
                () -> "the bad field is named: " + problem.getErrors());
    }

    private io.pathfinder.sdk.catalog.ApiClient catalogClient() {
        io.pathfinder.sdk.catalog.ApiClient client = new io.pathfinder.sdk.catalog.ApiClient();
        client.updateBaseUri(stack.catalogUrl());
        return client;
    }

    private io.pathfinder.sdk.assessment.ApiClient assessmentClient() {
        return assessmentClient(token);
    }

    private io.pathfinder.sdk.assessment.ApiClient assessmentClient(String bearer) {
        io.pathfinder.sdk.assessment.ApiClient client = new io.pathfinder.sdk.assessment.ApiClient();
        client.updateBaseUri(stack.assessmentUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        return client;
    }

    private static Assessment awaitCompletion(AssessmentsApi assessments, Assessment submitted) throws Exception {
        Assessment assessment = submitted;
        for (int poll = 0; poll < MAX_LONG_POLLS && assessment.getStatus() == AssessmentStatus.PENDING; poll++) {
            assessment = assessments.getAssessment(submitted.getId(), LONG_POLL_SECONDS);
        }
        return assessment;
    }

    /** Answers a person could give, with every key and value taken from the questionnaire itself. */
    private static QuestionnaireAnswers answersTo(Questionnaire questionnaire) {
        return answersTo(questionnaire, PREFERRED_STARTING_ROLE);
    }

    /** As {@link #answersTo(Questionnaire)}, from the given role where the questionnaire offers it. */
    private static QuestionnaireAnswers answersTo(Questionnaire questionnaire, String preferredStartingRole) {
        Map<String, Question> questions = questionnaire.getSections().stream()
                .flatMap(section -> section.getQuestions().stream())
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        List<String> startingRoles = choiceValues(questions.get("currentRole"));
        List<String> risks = choiceValues(questions.get("constraints/riskTolerance"));
        return new QuestionnaireAnswers()
                .questionnaireVersion(questionnaire.getVersion())
                .currentRole(startingRoles.contains(preferredStartingRole) ? preferredStartingRole : startingRoles.get(0))
                .yearsOfExperience(3.0)
                .skills(ratings(questions, "skills/", 3))
                .enjoyment(ratings(questions, "enjoyment/", 4))
                .priorities(ratings(questions, "priorities/", 3))
                .painPoints(Set.of(PainPoint.fromValue(choiceValues(questions.get("painPoints")).get(0))))
                .constraints(new Constraints()
                        .monthsToUpskill(12)
                        .openToChangingCompany(true)
                        .openToManagingPeople(false)
                        .riskTolerance(Risk.fromValue(risks.get(risks.size() / 2)))
                        .internalMoveAvailable(true)
                        .mayReturnToDataScience(false))
                .specialisationInterests(Set.of());
    }

    private static List<String> choiceValues(Question question) {
        return question.getChoices().stream().map(Choice::getValue).toList();
    }

    private static Map<String, Integer> ratings(Map<String, Question> questions, String prefix, int rating) {
        Map<String, Integer> ratings = new HashMap<>();
        questions.keySet().stream().filter(id -> id.startsWith(prefix))
                .forEach(id -> ratings.put(id.substring(prefix.length()), rating));
        return ratings;
    }

    private static void assertRankedAndExplained(List<Recommendation> recommendations) {
        assertFalse(recommendations.isEmpty(), "there are recommendations");
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation recommendation = recommendations.get(i);
            assertEquals(i + 1, recommendation.getRank(), "ranked in order");
            if (i > 0) {
                assertTrue(recommendation.getScore() <= recommendations.get(i - 1).getScore(), "scores descend");
            }
            assertFalse(recommendation.getRationale().isBlank(), "each has a rationale");
            assertFalse(recommendation.getFactors().isEmpty(), "each is explained by its factors");
            double factorPoints = recommendation.getFactors().stream().mapToDouble(FactorContribution::getPoints).sum();
            assertEquals(recommendation.getScore(), factorPoints, 0.05, "the factors add up to the score");
        }
    }
}
