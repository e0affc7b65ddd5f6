package io.pathfinder.assessment.insight.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.config.InsightConfig;
import io.pathfinder.assessment.insight.evaluation.EvaluationReport;
import io.pathfinder.assessment.insight.evaluation.Move;
import io.pathfinder.assessment.insight.evaluation.OutcomeEvaluation;
import io.pathfinder.assessment.insight.evaluation.RankedTarget;
import io.pathfinder.assessment.outcome.repository.OutcomeStore;
import io.pathfinder.assessment.store.StoredResults;
import io.pathfinder.contracts.model.EvaluationGroup;
import io.pathfinder.contracts.model.SatisfactionAtRank;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The model measured on a tenant's recorded outcomes. */
@ApplicationScoped
public class EvaluationService {

    private final OutcomeStore outcomes;
    private final ObjectMapper objectMapper;
    private final InsightConfig config;

    public EvaluationService(OutcomeStore outcomes, ObjectMapper objectMapper, InsightConfig config) {
        this.outcomes = outcomes;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    // In a transaction, so the driver streams the rows rather than reading them all at once.
    @Transactional
    public io.pathfinder.contracts.model.EvaluationReport evaluate(String tenant, OffsetDateTime from, OffsetDateTime to) {
        Window window = Window.ofWeeks(from, to, OffsetDateTime.now());
        List<Move> moves = new ArrayList<>();
        long[] counted = new long[3]; // outcomes, stayed, moves without a result
        outcomes.forEachWithResult(tenant, window.from(), window.to(), recorded -> {
            counted[0]++;
            if (!recorded.outcome().moved()) {
                counted[1]++;
            } else if (recorded.result() == null) {
                counted[2]++;
            } else {
                moves.add(move(recorded.result(), recorded.outcome().role(), recorded.outcome().satisfaction()));
            }
        });
        EvaluationReport report = new OutcomeEvaluation(config.minimumGroup()).evaluate(moves);
        return new io.pathfinder.contracts.model.EvaluationReport()
                .from(window.from())
                .to(window.to())
                .minimumGroup(config.minimumGroup())
                .outcomes(counted[0])
                .stayed(counted[1])
                .unscored(counted[2])
                .overall(group(report.overall()))
                .byOption(report.byOption().stream().map(EvaluationService::group).toList())
                .byModelVersion(report.byModelVersion().stream().map(EvaluationService::group).toList())
                .satisfactionByRank(report.satisfactionByRank().stream()
                        .map(at -> new SatisfactionAtRank().rank(at.rank()).moves(at.moves())
                                .meanSatisfaction(round(at.meanSatisfaction())))
                        .toList());
    }

    /** The move beside the recommendations of the stored result: only their ranks, options and roles are read. */
    private Move move(byte[] storedResult, String movedTo, int satisfaction) {
        try {
            JsonNode result = objectMapper.readTree(StoredResults.json(storedResult));
            List<RankedTarget> given = new ArrayList<>();
            for (JsonNode recommendation : result.path("recommendations")) {
                given.add(new RankedTarget(recommendation.path("rank").asInt(), recommendation.path("option").asText(),
                        recommendation.path("targetRole").asText()));
            }
            return new Move(result.path("modelVersion").asText(), given, movedTo, satisfaction);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored result is unreadable", e);
        }
    }

    private static EvaluationGroup group(EvaluationReport.Group group) {
        return new EvaluationGroup().group(group.group()).moves(group.moves()).hitAt1(round(group.hitAt1()))
                .hitAt3(round(group.hitAt3())).meanReciprocalRank(round(group.meanReciprocalRank()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
