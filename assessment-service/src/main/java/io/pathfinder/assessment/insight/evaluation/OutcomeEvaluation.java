package io.pathfinder.assessment.insight.evaluation;

import io.pathfinder.assessment.insight.evaluation.EvaluationReport.Group;
import io.pathfinder.assessment.insight.evaluation.EvaluationReport.SatisfactionAtRank;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the model against what people did: hit@1 and hit@3 of the role they moved to among the
 * recommendations they were given, the mean reciprocal rank, the same by option (the option of the
 * recommendation of the role moved to, {@value #NOT_RECOMMENDED} when none had it) and by model version,
 * and satisfaction by the rank of the role moved to. Breakdowns of fewer than {@code minimumGroup} moves
 * are left out, so that no small group of people can be read off them.
 */
public final class OutcomeEvaluation {

    public static final String NOT_RECOMMENDED = "not-recommended";
    public static final String ALL = "all";

    private final int minimumGroup;

    public OutcomeEvaluation(int minimumGroup) {
        if (minimumGroup < 1) {
            throw new IllegalArgumentException("minimumGroup must be at least 1, was " + minimumGroup);
        }
        this.minimumGroup = minimumGroup;
    }

    public EvaluationReport evaluate(List<Move> moves) {
        Tally overall = new Tally();
        Map<String, Tally> byOption = new TreeMap<>();
        Map<String, Tally> byModelVersion = new TreeMap<>();
        Map<Integer, long[]> satisfaction = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Move move : moves) {
            RankedTarget hit = move.hit();
            int rank = hit == null ? 0 : hit.rank();
            overall.add(rank);
            byOption.computeIfAbsent(hit == null ? NOT_RECOMMENDED : hit.option(), key -> new Tally()).add(rank);
            byModelVersion.computeIfAbsent(move.modelVersion(), key -> new Tally()).add(rank);
            long[] sum = satisfaction.computeIfAbsent(hit == null ? null : rank, key -> new long[2]);
            sum[0]++;
            sum[1] += move.satisfaction();
        }
        return new EvaluationReport(overall.group(ALL), groups(byOption), groups(byModelVersion),
                satisfaction.entrySet().stream()
                        .filter(entry -> entry.getValue()[0] >= minimumGroup)
                        .map(entry -> new SatisfactionAtRank(entry.getKey(), entry.getValue()[0],
                                (double) entry.getValue()[1] / entry.getValue()[0]))
                        .toList());
    }

    private List<Group> groups(Map<String, Tally> tallies) {
        return tallies.entrySet().stream()
                .filter(entry -> entry.getValue().moves >= minimumGroup)
                .map(entry -> entry.getValue().group(entry.getKey()))
                .sorted(Comparator.comparingLong(Group::moves).reversed().thenComparing(Group::group))
                .toList();
    }

    /** Moves counted, hits within 1 and 3, and reciprocal ranks added up. */
    private static final class Tally {
        long moves;
        long hitsAt1;
        long hitsAt3;
        double reciprocalRanks;

        /** @param rank of the role moved to among the recommendations, 0 when it was not among them */
        void add(int rank) {
            moves++;
            if (rank >= 1) {
                hitsAt1 += rank == 1 ? 1 : 0;
                hitsAt3 += rank <= 3 ? 1 : 0;
                reciprocalRanks += 1.0 / rank;
            }
        }

        Group group(String name) {
            return new Group(name, moves, share(hitsAt1), share(hitsAt3), share(reciprocalRanks));
        }

        private double share(double value) {
            return moves == 0 ? 0 : value / moves;
        }
    }
}
