package io.pathfinder.assessment.insight.evaluation;

import io.pathfinder.assessment.scoring.Answers;
import io.pathfinder.assessment.scoring.Catalogue;
import io.pathfinder.assessment.scoring.Recommendation;
import io.pathfinder.assessment.scoring.ScoringEngine;
import io.pathfinder.assessment.scoring.ScoringEngineBenchmark;
import io.pathfinder.assessment.scoring.ScoringResult;
import io.pathfinder.assessment.support.DefaultCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The evaluation report on generated outcomes: {@code ./mvnw -pl assessment-service -Pevaluate test-compile exec:exec}
 * ({@code -Devaluate.people=3000 -Devaluate.seed=13}). Randomly answered questionnaires are scored by the real
 * engine on the default catalogue; then each person, by a simulated behaviour, stays (10%), moves to a role
 * reachable from theirs drawn without regard to the recommendations (20%), or moves to one of their ten
 * recommendations drawn in proportion to exp(score / 10) (70%), satisfied by how well that move scored. The
 * figures measure the evaluation on this behaviour, not the model on real people: that takes real outcomes.
 */
public final class OutcomeSimulation {

    private OutcomeSimulation() {
    }

    public static void main(String[] args) throws IOException {
        int people = Integer.getInteger("evaluate.people", 3000);
        Random random = new Random(Long.getLong("evaluate.seed", 13));
        Catalogue catalogue = DefaultCatalog.catalogueUnlessOverridden();
        ScoringEngine engine = new ScoringEngine(catalogue);
        List<String> currentRoles = catalogue.paths().stream().map(Catalogue.Path::from).distinct().sorted().toList();

        List<Move> moves = new ArrayList<>();
        int stayed = 0;
        for (int i = 0; i < people; i++) {
            Answers answers = ScoringEngineBenchmark.randomlyAnswered(catalogue, currentRoles, random);
            ScoringResult result = engine.score(answers, 10);
            double behaviour = random.nextDouble();
            if (behaviour < 0.10 || result.recommendations().isEmpty()) {
                stayed++;
                continue;
            }
            List<RankedTarget> given = result.recommendations().stream()
                    .map(r -> new RankedTarget(r.rank(), r.option(), r.targetRole())).toList();
            if (behaviour < 0.30) {
                List<String> reachable = catalogue.paths().stream().filter(p -> p.from().equals(answers.currentRole()))
                        .map(Catalogue.Path::to).distinct().toList();
                moves.add(new Move(result.modelVersion(), given, reachable.get(random.nextInt(reachable.size())),
                        clamp(3 + (int) Math.round(random.nextGaussian()))));
            } else {
                Recommendation chosen = drawn(result.recommendations(), random);
                moves.add(new Move(result.modelVersion(), given, chosen.targetRole(),
                        clamp((int) Math.round(1 + 4 * chosen.score() / 100 + random.nextGaussian() * 0.7))));
            }
        }
        EvaluationReport report = new OutcomeEvaluation(5).evaluate(moves);
        System.out.printf("%d people: %d stayed, %d moved%n", people, stayed, moves.size());
        System.out.printf("%-28s %7s %7s %7s %7s%n", "group", "moves", "hit@1", "hit@3", "MRR");
        print(report.overall());
        System.out.println("by option of the role moved to:");
        report.byOption().forEach(OutcomeSimulation::print);
        System.out.println("by model version:");
        report.byModelVersion().forEach(OutcomeSimulation::print);
        System.out.println("satisfaction by rank of the role moved to:");
        report.satisfactionByRank().forEach(at -> System.out.printf("  rank %-21s %7d  mean %.2f%n",
                at.rank() == null ? "not recommended" : at.rank(), at.moves(), at.meanSatisfaction()));
    }

    private static Recommendation drawn(List<Recommendation> recommendations, Random random) {
        double[] weights = recommendations.stream().mapToDouble(r -> Math.exp(r.score() / 10)).toArray();
        double pick = random.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick <= 0) {
                return recommendations.get(i);
            }
        }
        return recommendations.get(recommendations.size() - 1);
    }

    private static int clamp(int satisfaction) {
        return Math.max(1, Math.min(5, satisfaction));
    }

    private static void print(EvaluationReport.Group group) {
        System.out.printf("  %-26s %7d %7.3f %7.3f %7.3f%n", group.group(), group.moves(), group.hitAt1(), group.hitAt3(),
                group.meanReciprocalRank());
    }
}
