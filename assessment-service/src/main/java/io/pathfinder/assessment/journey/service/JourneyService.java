package io.pathfinder.assessment.journey.service;

import io.pathfinder.assessment.catalogcopy.CatalogCopies;
import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.pipeline.ScoringMapper;
import io.pathfinder.assessment.scoring.Answers;
import io.pathfinder.assessment.scoring.InvalidJourneyException;
import io.pathfinder.assessment.scoring.LearningPlanner;
import io.pathfinder.assessment.scoring.RoutePlanner;
import io.pathfinder.assessment.scoring.ScoringEngine;
import io.pathfinder.assessment.scoring.UnscorableAnswersException;
import io.pathfinder.assessment.scoring.WhatIf;
import io.pathfinder.assessment.store.AssessmentEntity;
import io.pathfinder.assessment.store.AssessmentJson;
import io.pathfinder.assessment.store.AssessmentState;
import io.pathfinder.assessment.submission.AssessmentService;
import io.pathfinder.assessment.tenant.TenantCatalogs;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.LearningPlan;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.RoutePlan;
import io.pathfinder.contracts.model.ScoringResult;
import io.pathfinder.contracts.model.WhatIfChanges;
import io.pathfinder.contracts.model.WhatIfResult;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Routes, what-ifs and learning plans over a catalogue copy's engine: an assessment's on the catalogue its result
 * names (its tenant's, until it is scored), routes from a role on the caller's tenant's. Read-only: an assessment is
 * read through the assessment service (so another tenant's is not found) and nothing is written or published.
 */
@ApplicationScoped
public class JourneyService {

    private final CatalogCopies copies;
    private final TenantCatalogs tenantCatalogs;
    private final AssessmentService assessments;
    private final AssessmentJson json;

    public JourneyService(CatalogCopies copies, TenantCatalogs tenantCatalogs, AssessmentService assessments,
            AssessmentJson json) {
        this.copies = copies;
        this.tenantCatalogs = tenantCatalogs;
        this.assessments = assessments;
        this.json = json;
    }

    public RoutePlan routesFromRole(String tenant, String from, RoutePlanner.Goal goal) {
        RoutePlanner planner = new RoutePlanner(engine(tenantCatalogs.of(tenant)));
        return JourneyMapper.toContract(asked("query.", () -> planner.plan(planner.typicalHolderOf(from), goal)));
    }

    public RoutePlan routes(String tenant, UUID id, RoutePlanner.Goal goal) {
        AssessmentEntity assessment = assessments.get(tenant, id);
        Answers answers = answersOf(assessment);
        RoutePlanner planner = new RoutePlanner(engine(catalogOf(assessment)));
        return JourneyMapper.toContract(asked("query.", () -> planner.plan(answers, goal)));
    }

    public LearningPlan learningPlan(String tenant, UUID id, List<String> paths) {
        AssessmentEntity assessment = assessments.get(tenant, id);
        Answers answers = answersOf(assessment);
        LearningPlanner planner = new LearningPlanner(engine(catalogOf(assessment)));
        return JourneyMapper.toContract(asked("query.", () -> planner.plan(answers, paths)));
    }

    /** Compares with the stored result, so it must have been scored with the engine's model and catalogue versions. */
    public WhatIfResult whatIf(String tenant, UUID id, WhatIfChanges changes) {
        AssessmentEntity assessment = assessments.get(tenant, id);
        if (assessment.status != AssessmentState.SCORED) {
            throw notPlannable("Assessment " + id + " is " + assessment.status + ", not scored");
        }
        ScoringResult stored = json.result(assessment);
        ScoringEngine engine = engine(stored.getCatalog());
        if (!stored.getModelVersion().equals(ScoringEngine.MODEL_VERSION)
                || stored.getCatalogVersion() != engine.catalogueVersion()) {
            throw notPlannable("Assessment " + id + " was scored with model " + stored.getModelVersion()
                    + " and catalogue version " + stored.getCatalogVersion() + "; the service now scores with model "
                    + ScoringEngine.MODEL_VERSION + " and catalogue version " + engine.catalogueVersion());
        }
        Answers answers = answersOf(assessment);
        return JourneyMapper.toContract(id,
                asked("body.", () -> new WhatIf(engine).compare(answers, JourneyMapper.toEngine(changes))));
    }

    private Answers answersOf(AssessmentEntity assessment) {
        return ScoringMapper.toEngine(json.answers(assessment));
    }

    /** The catalogue the assessment's result was scored on; its tenant's while it has none. */
    private String catalogOf(AssessmentEntity assessment) {
        return json.resultCatalog(assessment).orElseGet(() -> tenantCatalogs.of(assessment.tenant));
    }

    private ScoringEngine engine(String catalog) {
        return copies.ready(catalog).flatMap(CatalogCopy::engine).orElseThrow(() -> copies.unavailable(catalog));
    }

    /**
     * Runs a planner: a request that names what the catalogue lacks is the client's to fix (400, the field under
     * the given prefix); stored answers that no longer fit the catalogue cannot be planned with (409).
     */
    private static <T> T asked(String fieldPrefix, Supplier<T> planner) {
        try {
            return planner.get();
        } catch (InvalidJourneyException e) {
            String field = fieldPrefix + e.field().replace('/', '.');
            throw ProblemException.invalid(List.of(new FieldError(field, e.reason())));
        } catch (UnscorableAnswersException e) {
            throw notPlannable("The assessment's answers do not fit the current catalogue: " + e.getMessage());
        }
    }

    private static ProblemException notPlannable(String detail) {
        return new ProblemException(ProblemType.NOT_PLANNABLE, detail);
    }
}
