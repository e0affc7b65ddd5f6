package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearningPlannerTest {

    private static ScoringEngine engine;
    private static LearningPlanner planner;

    @BeforeAll
    static void loadDefaultCatalogue() {
        engine = new ScoringEngine(DefaultCatalog.catalogue());
        planner = new LearningPlanner(engine);
    }

    @Test
    void aPathsGapsComeInOrderWithTheScoreEachStepReaches() {
        Answers answers = Personas.pipelineLover();
        Recommendation move = engine.score(answers, Integer.MAX_VALUE).recommendations().stream()
                .filter(r -> r.path().equals("data-scientist-to-mlops-engineer")).findFirst().orElseThrow();

        LearningPlan plan = planner.plan(answers, List.of("data-scientist-to-mlops-engineer"));

        LearningPlan.Stage stage = plan.stages().get(0);
        assertEquals(move.score(), stage.scoreBefore(), 1e-9, "it starts from the score the engine gives now");
        assertEquals(move.skillGaps().size(), stage.steps().size(), "every gap, once");
        double score = stage.scoreBefore();
        double months = 0;
        for (LearningPlan.Step step : stage.steps()) {
            assertEquals(score + step.scoreGain(), step.scoreAfter(), 1e-9, "the scores add up step by step");
            assertTrue(step.scoreGain() >= 0);
            months += step.months();
            assertEquals(months, step.totalMonths(), 0.11);
            assertTrue(step.text().startsWith("Learn "), step.text());
            score = step.scoreAfter();
        }
        assertEquals(score, stage.scoreAfter(), 1e-9);
        Answers learnt = answers;
        for (LearningPlan.Step step : stage.steps()) {
            learnt = WhatIf.apply(learnt, new WhatIf.Changes(java.util.Map.of(step.skill(), step.toLevel()), null, null));
        }
        double rescored = engine.score(learnt, Integer.MAX_VALUE).recommendations().stream()
                .filter(r -> r.path().equals("data-scientist-to-mlops-engineer")).findFirst().orElseThrow().score();
        assertEquals(rescored, stage.scoreAfter(), 1e-9, "the last score is the engine's once every gap is closed");
        assertTrue(stage.scoreAfter() > stage.scoreBefore());
        assertFalse(stage.nextSteps().isEmpty(), "next steps from the catalogue");
        assertTrue(stage.steps().get(0).scoreGain() / stage.steps().get(0).months()
                >= stage.steps().get(1).scoreGain() / stage.steps().get(1).months(), "the best gain per month first");
    }

    @Test
    void aRoutesPlanCarriesWhatEachStageTaughtIntoTheNext() {
        LearningPlan plan = planner.plan(Personas.analystHeadingForMlops(),
                List.of("data-analyst-to-data-engineer", "data-engineer-to-mlops-engineer"));

        assertEquals(2, plan.stages().size());
        assertEquals("data-engineer", plan.stages().get(1).from());
        assertTrue(plan.stages().get(1).steps().stream().noneMatch(step -> step.skill().equals("data-pipelines")),
                "pipelines were learnt for data engineering");
        LearningPlan.Step last = plan.stages().get(1).steps().get(plan.stages().get(1).steps().size() - 1);
        assertEquals(plan.months(), last.totalMonths(), 1e-9, "months add up over the whole route");
    }

    @Test
    void pathsThatDoNotChainAreRefused() {
        Answers analyst = Personas.analystHeadingForMlops();
        assertEquals("path", assertThrows(InvalidJourneyException.class,
                () -> planner.plan(analyst, List.of("data-engineer-to-mlops-engineer"))).field());
        assertEquals("path", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst,
                List.of("data-analyst-to-data-engineer", "ml-engineer-to-mlops-engineer"))).field());
        assertEquals("path", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst, List.of())).field());
    }
}
