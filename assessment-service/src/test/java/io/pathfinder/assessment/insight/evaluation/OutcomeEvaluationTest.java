package io.pathfinder.assessment.insight.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pathfinder.assessment.insight.evaluation.EvaluationReport.Group;
import io.pathfinder.assessment.insight.evaluation.EvaluationReport.SatisfactionAtRank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutcomeEvaluationTest {

    private static final double EXACT = 1e-12;

    /** Ten recommendations: rank r leads to role-r by option option-(r % 2), so odd ranks are option-1. */
    private static List<RankedTarget> tenRecommendations() {
        List<RankedTarget> targets = new ArrayList<>();
        for (int rank = 1; rank <= 10; rank++) {
            targets.add(new RankedTarget(rank, "option-" + rank % 2, "role-" + rank));
        }
        return targets;
    }

    /**
     * 5,000 generated moves with a known answer: a fifth each to the roles ranked 1, 2, 3 and 4, and a fifth to a
     * role never recommended; satisfaction 6 - rank (1 for the unrecommended). Shuffled, and the recommendations
     * handed over out of order, so neither order can matter.
     */
    @Test
    void generatedMovesGiveTheKnownRates() {
        List<Move> moves = new ArrayList<>();
        Random random = new Random(13);
        for (int i = 0; i < 5000; i++) {
            int rank = i % 5 + 1;
            List<RankedTarget> given = tenRecommendations();
            Collections.shuffle(given, random);
            String movedTo = rank == 5 ? "role-elsewhere" : "role-" + rank;
            moves.add(new Move(i < 3000 ? "model-a" : "model-b", given, movedTo, rank == 5 ? 1 : 6 - rank));
        }
        Collections.shuffle(moves, random);

        EvaluationReport report = new OutcomeEvaluation(5).evaluate(moves);

        double mrr = (1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0) / 5;
        assertGroup(report.overall(), "all", 5000, 0.2, 0.6, mrr);
        // Ranks 1 and 3 are option-1, 2 and 4 option-0: a thousand moves each.
        assertEquals(List.of("not-recommended", "option-0", "option-1"),
                report.byOption().stream().map(Group::group).sorted().toList());
        assertGroup(find(report.byOption(), "option-1"), "option-1", 2000, 0.5, 1.0, (1 + 1 / 3.0) / 2);
        assertGroup(find(report.byOption(), "option-0"), "option-0", 2000, 0.0, 0.5, (1 / 2.0 + 1 / 4.0) / 2);
        assertGroup(find(report.byOption(), "not-recommended"), "not-recommended", 1000, 0, 0, 0);
        // Both model versions got every fifth kind of move alike.
        assertGroup(find(report.byModelVersion(), "model-a"), "model-a", 3000, 0.2, 0.6, mrr);
        assertGroup(find(report.byModelVersion(), "model-b"), "model-b", 2000, 0.2, 0.6, mrr);
        assertEquals(List.of(new SatisfactionAtRank(1, 1000, 5), new SatisfactionAtRank(2, 1000, 4),
                new SatisfactionAtRank(3, 1000, 3), new SatisfactionAtRank(4, 1000, 2),
                new SatisfactionAtRank(null, 1000, 1)), report.satisfactionByRank());
    }

    @Test
    void aRoleRecommendedTwiceCountsAtItsBetterRank() {
        List<RankedTarget> given = List.of(new RankedTarget(4, "external", "ml-engineer"),
                new RankedTarget(1, "internal", "analytics-engineer"), new RankedTarget(2, "internal", "ml-engineer"));
        EvaluationReport report = new OutcomeEvaluation(1).evaluate(List.of(new Move("m", given, "ml-engineer", 4)));
        assertGroup(report.overall(), "all", 1, 0, 1, 0.5);
        assertEquals("internal", report.byOption().get(0).group());
        assertEquals(List.of(new SatisfactionAtRank(2, 1, 4)), report.satisfactionByRank());
    }

    @Test
    void groupsSmallerThanTheMinimumAreLeftOut() {
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            moves.add(new Move("big", tenRecommendations(), "role-1", 5));
        }
        for (int i = 0; i < 4; i++) {
            moves.add(new Move("small", tenRecommendations(), "role-2", 2));
        }
        EvaluationReport report = new OutcomeEvaluation(5).evaluate(moves);
        assertEquals(9, report.overall().moves());
        assertEquals(List.of("big"), report.byModelVersion().stream().map(Group::group).toList());
        // Rank 2 (4 moves, option-0) is left out everywhere; rank 1 (5 moves, option-1) is shown.
        assertEquals(List.of("option-1"), report.byOption().stream().map(Group::group).toList());
        assertEquals(List.of(new SatisfactionAtRank(1, 5, 5)), report.satisfactionByRank());
    }

    @Test
    void noMovesMeasureZero() {
        EvaluationReport report = new OutcomeEvaluation(5).evaluate(List.of());
        assertGroup(report.overall(), "all", 0, 0, 0, 0);
        assertEquals(List.of(), report.byOption());
        assertThrows(IllegalArgumentException.class, () -> new OutcomeEvaluation(0));
    }

    private static Group find(List<Group> groups, String name) {
        return groups.stream().filter(group -> group.group().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + " in " + groups));
    }

    private static void assertGroup(Group group, String name, long moves, double hitAt1, double hitAt3, double mrr) {
        assertEquals(name, group.group());
        assertEquals(moves, group.moves(), name + " moves");
        assertEquals(hitAt1, group.hitAt1(), EXACT, name + " hit@1");
        assertEquals(hitAt3, group.hitAt3(), EXACT, name + " hit@3");
        assertEquals(mrr, group.meanReciprocalRank(), EXACT, name + " MRR");
    }
}
