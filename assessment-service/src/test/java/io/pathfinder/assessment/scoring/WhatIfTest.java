package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static ScoringEngine engine;
    private static WhatIf whatIf;

    @BeforeAll
    static void loadDefaultCatalogue() {
        engine = new ScoringEngine(DefaultCatalog.catalogue());
        whatIf = new WhatIf(engine);
    }

    @Test
    void raisingSkillsMovesPathsAndEveryChangeIsTheDifferenceOfTwoScorings() {
        Answers answers = Personas.pipelineLover();
        WhatIf.Changes changes = new WhatIf.Changes(Map.of("containers-kubernetes", 4, "cloud-infrastructure", 4,
                "ml-monitoring", 3), null, null);

        WhatIf.Result result = whatIf.compare(answers, changes);

        ScoringResult before = engine.score(answers, Integer.MAX_VALUE);
        ScoringResult after = engine.score(WhatIf.apply(answers, changes), Integer.MAX_VALUE);
        assertEquals(before.recommendations().size(), result.paths().size(), "every path out of the role");
        for (int i = 0; i < result.paths().size(); i++) {
            WhatIf.PathChange path = result.paths().get(i);
            Recommendation now = after.recommendations().get(i);
            Recommendation then = before.recommendations().get(path.rankBefore() - 1);
            assertEquals(now.path(), path.path());
            assertEquals(then.path(), path.path());
            assertEquals(i + 1, path.rankAfter());
            assertEquals(path.rankBefore() - path.rankAfter(), path.rankMove());
            assertEquals(now.score() - then.score(), path.scoreChange(), 1e-9);
            double factorChanges = path.factors().stream().mapToDouble(WhatIf.FactorChange::change).sum();
            assertEquals(path.scoreChange(), factorChanges, 1e-9, "the factors' changes add up to the score's");
            assertEquals(now.factors().stream().map(FactorContribution::factor).toList(),
                    path.factors().stream().map(WhatIf.FactorChange::factor).toList());
        }
        WhatIf.PathChange mlops = result.paths().stream()
                .filter(path -> path.path().equals("data-scientist-to-mlops-engineer")).findFirst().orElseThrow();
        assertTrue(mlops.scoreChange() > 0 && mlops.rankMove() >= 0, "Kubernetes, cloud and monitoring lift MLOps: " + mlops);
        assertTrue(result.paths().stream().anyMatch(path -> path.rankMove() != 0), "some ranks move");
        assertTrue(mlops.factors().stream().filter(f -> f.factor().equals("interest-fit")).allMatch(f -> f.change() == 0),
                "skills do not change interest");
        assertEquals(List.of(new WhatIf.AnswerChange("skills/cloud-infrastructure", "1", "4"),
                new WhatIf.AnswerChange("skills/containers-kubernetes", "0", "4"),
                new WhatIf.AnswerChange("skills/ml-monitoring", "0", "3")), result.changes());
        assertEquals(ScoringEngine.MODEL_VERSION, result.modelVersion());
        assertEquals(engine.catalogueVersion(), result.catalogueVersion());
    }

    @Test
    void noChangeMovesNothing() {
        WhatIf.Result result = whatIf.compare(Personas.platformBuilder(), new WhatIf.Changes(null, null, null));

        assertEquals(List.of(), result.changes());
        result.paths().forEach(path -> {
            assertEquals(0, path.rankMove());
            assertEquals(0, path.scoreChange());
        });
        result.options().forEach(option -> assertEquals(option.rankBefore(), option.rankAfter()));
    }

    @Test
    void rulingOutANewCompanyDropsThePathsThatNeedOne() {
        WhatIf.Result result = whatIf.compare(Personas.badManagerOtherwiseHappy(), new WhatIf.Changes(null, null,
                new WhatIf.ConstraintChanges(null, false, null, null, null, null)));

        assertEquals(List.of(new WhatIf.AnswerChange("constraints/openToChangingCompany", "true", "false")),
                result.changes());
        WhatIf.PathChange anotherCompany = result.paths().stream()
                .filter(path -> path.path().equals("data-scientist-to-data-scientist-established-company"))
                .findFirst().orElseThrow();
        assertTrue(anotherCompany.scoreChange() < 0 && anotherCompany.rankMove() < 0, anotherCompany.toString());
        result.options().forEach(option -> assertEquals(option.rankBefore() - option.rankAfter(), option.rankMove()));
    }

    @Test
    void aChangeTheCatalogueLacksNamesTheAnswer() {
        Map<String, Integer> skills = new HashMap<>();
        skills.put("basket-weaving", 3);
        InvalidJourneyException problem = assertThrows(InvalidJourneyException.class,
                () -> whatIf.compare(Personas.platformBuilder(), new WhatIf.Changes(skills, null, null)));
        assertEquals("skills/basket-weaving", problem.field());
    }
}
