package io.pathfinder.assessment.insight.resource;

import io.pathfinder.assessment.insight.service.CohortService;
import io.pathfinder.assessment.insight.service.EvaluationService;
import io.pathfinder.assessment.outcome.repository.OutcomeStore.StoredOutcome;
import io.pathfinder.assessment.outcome.service.OutcomeService;
import io.pathfinder.assessment.tenant.Tenants;
import io.pathfinder.contracts.assessment.api.InsightsApi;
import io.pathfinder.contracts.model.Outcome;
import io.pathfinder.contracts.model.RecordedOutcome;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Outcomes with any of the tenant's tokens; the insight reads with the hr-analyst group only. */
@Authenticated
public class InsightsResource implements InsightsApi {

    static final String HR_ANALYST = "hr-analyst";

    private final OutcomeService outcomes;
    private final EvaluationService evaluations;
    private final CohortService cohorts;
    private final JsonWebToken token;

    public InsightsResource(OutcomeService outcomes, EvaluationService evaluations, CohortService cohorts,
            JsonWebToken token) {
        this.outcomes = outcomes;
        this.evaluations = evaluations;
        this.cohorts = cohorts;
        this.token = token;
    }

    @Override
    public Response recordOutcome(UUID id, Outcome outcome) {
        StoredOutcome stored = outcomes.record(Tenants.of(token), id, outcome, OffsetDateTime.now(ZoneOffset.UTC));
        return Response.ok(new RecordedOutcome().assessmentId(id).recordedAt(stored.recordedAt()).outcome(outcome)).build();
    }

    @Override
    @RolesAllowed(HR_ANALYST)
    public Response getEvaluation(OffsetDateTime from, OffsetDateTime to) {
        return Response.ok(evaluations.evaluate(Tenants.of(token), from, to)).build();
    }

    @Override
    @RolesAllowed(HR_ANALYST)
    public Response getCohortInsight(OffsetDateTime from, OffsetDateTime to, String currentRole) {
        return Response.ok(cohorts.insight(Tenants.of(token), from, to, currentRole)).build();
    }
}
