package io.pathfinder.assessment.outcome.service;

import io.pathfinder.assessment.outcome.repository.OutcomeStore;
import io.pathfinder.assessment.outcome.repository.OutcomeStore.StoredOutcome;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Outcome;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records outcomes, from HTTP or Kafka alike. */
@ApplicationScoped
public class OutcomeService {

    private final OutcomeStore store;

    public OutcomeService(OutcomeStore store) {
        this.store = store;
    }

    /** Why an outcome the schema lets through still makes no sense, field by field; empty when it does. */
    public static List<FieldError> problems(Outcome outcome) {
        List<FieldError> problems = new ArrayList<>();
        boolean moved = outcome.getKind() == Outcome.KindEnum.MOVED;
        String when = moved ? "is required for a move" : "is only for a move";
        if (moved == (outcome.getRole() == null)) {
            problems.add(new FieldError("role", when));
        }
        if (moved == (outcome.getMove() == null)) {
            problems.add(new FieldError("move", when));
        }
        if (moved == (outcome.getMovedAt() == null)) {
            problems.add(new FieldError("movedAt", when));
        }
        return problems;
    }

    /**
     * @return the outcome as stored
     * @throws ProblemException 400 for an outcome that makes no sense, 404 when the tenant has no such assessment
     */
    public StoredOutcome record(String tenant, UUID assessmentId, Outcome outcome, OffsetDateTime recordedAt) {
        List<FieldError> problems = problems(outcome);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        StoredOutcome stored = new StoredOutcome(outcome.getKind().toString(), outcome.getRole(),
                outcome.getMove() == null ? null : outcome.getMove().toString(), utc(outcome.getMovedAt()),
                outcome.getSatisfaction(), utc(recordedAt));
        if (!store.record(tenant, assessmentId, stored)) {
            throw ProblemException.notFound("No assessment " + assessmentId);
        }
        return stored;
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
