package io.pathfinder.assessment.assessment.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.pathfinder.assessment.assessment.entity.AssessmentEntity;
import io.pathfinder.assessment.assessment.entity.AssessmentStatus;
import io.pathfinder.assessment.assessment.messaging.AssessmentEvents;
import io.pathfinder.assessment.assessment.repository.AssessmentRepository;
import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.assessment.scoring.ScoringEngine;
import io.pathfinder.assessment.scoring.UnscorableAnswersException;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.ScoringResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Scores one questionnaire-submitted event: idempotent, so a replayed event republishes the stored
 * result instead of making a second one. Answers that cannot be scored mark the assessment FAILED
 * and are rejected with {@link RejectedEventException} (the caller dead-letters them).
 */
@ApplicationScoped
public class ScoringPipeline {

    private final AssessmentRepository repository;
    private final CatalogCopy catalog;
    private final AnswersValidator validator;
    private final AssessmentEvents events;
    private final AssessmentJson json;
    private final ResultWaiters waiters;
    private final ScoringConfig config;
    private final PipelineMetrics metrics;
    private final Tracer tracer;

    public ScoringPipeline(AssessmentRepository repository, CatalogCopy catalog, AnswersValidator validator,
            AssessmentEvents events, AssessmentJson json, ResultWaiters waiters, ScoringConfig config,
            PipelineMetrics metrics, Tracer tracer) {
        this.repository = repository;
        this.catalog = catalog;
        this.validator = validator;
        this.events = events;
        this.json = json;
        this.waiters = waiters;
        this.config = config;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** Thrown for an event that must not be retried. */
    public static class RejectedEventException extends RuntimeException {
        private final DeadLetterReason reason;

        public RejectedEventException(DeadLetterReason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public DeadLetterReason reason() {
            return reason;
        }
    }

    /** Thrown while this service holds no catalogue: worth retrying, not dead-lettering. */
    public static class CatalogNotReadyException extends RuntimeException {
        public CatalogNotReadyException() {
            super("No catalogue has been loaded yet");
        }
    }

    public void process(QuestionnaireSubmitted event) {
        ScoringEngine engine = catalog.engine().orElseThrow(CatalogNotReadyException::new);
        AssessmentEntity assessment = QuarkusTransaction.requiringNew().call(() -> findOrCreate(event));
        switch (assessment.status) {
            case SCORED -> publish(event, json.read(assessment.result, ScoringResult.class),
                    assessment.completedAt.withOffsetSameInstant(ZoneOffset.UTC));
            case FAILED -> throw new RejectedEventException(DeadLetterReason.UNSCORABLE, assessment.failure);
            case PENDING -> score(event, engine);
        }
    }

    private void score(QuestionnaireSubmitted event, ScoringEngine engine) {
        List<FieldError> problems = validator.problems(event.getAnswers());
        if (!problems.isEmpty()) {
            throw fail(event.getAssessmentId(), problems.stream()
                    .map(p -> p.getField() + ": " + p.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        ScoringResult result;
        try {
            result = ScoringMapper.toContract(metrics.timeScoring(
                    () -> engine.score(ScoringMapper.toEngine(event.getAnswers()), config.topN())));
        } catch (UnscorableAnswersException e) {
            throw fail(event.getAssessmentId(), e.getMessage());
        }
        // Stored timestamps keep microseconds at most: truncate so a republished event is identical.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        AssessmentEntity stored = store(event.getAssessmentId(), result, now);
        if (stored == null || stored.status != AssessmentStatus.SCORED) {
            return; // erased meanwhile, or failed by a concurrent delivery: nothing to publish
        }
        waiters.completed(event.getAssessmentId());
        publish(event, json.read(stored.result, ScoringResult.class), stored.completedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private AssessmentEntity store(UUID assessmentId, ScoringResult result, OffsetDateTime now) {
        Span span = tracer.spanBuilder("store scoring result").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            // Locked, so when the same event is scored twice at once only the first result is kept and
            // both publish that one.
            return QuarkusTransaction.requiringNew().call(() -> {
                AssessmentEntity assessment = repository.findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
                if (assessment != null && assessment.status == AssessmentStatus.PENDING) {
                    assessment.status = AssessmentStatus.SCORED;
                    assessment.result = json.write(result);
                    assessment.completedAt = now;
                }
                return assessment;
            });
        } finally {
            span.end();
        }
    }

    private AssessmentEntity findOrCreate(QuestionnaireSubmitted event) {
        AssessmentEntity stored = repository.findById(event.getAssessmentId());
        if (stored != null) {
            if (!stored.tenant.equals(event.getTenant())) {
                throw new RejectedEventException(DeadLetterReason.TENANT_MISMATCH,
                        "Assessment " + stored.id + " belongs to another tenant");
            }
            return stored;
        }
        // Produced directly by an HR platform, or our own commit failed after the publish.
        AssessmentEntity created = new AssessmentEntity();
        created.id = event.getAssessmentId();
        created.tenant = event.getTenant();
        created.answers = json.write(event.getAnswers());
        created.answersHash = AssessmentJson.sha256(created.answers);
        created.status = AssessmentStatus.PENDING;
        created.questionnaireVersion = event.getAnswers().getQuestionnaireVersion();
        created.submittedAt = event.getSubmittedAt();
        repository.persist(created);
        return created;
    }

    private RejectedEventException fail(UUID assessmentId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            AssessmentEntity assessment = repository.findById(assessmentId);
            if (assessment != null) {
                assessment.status = AssessmentStatus.FAILED;
                assessment.failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
                assessment.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
        });
        waiters.completed(assessmentId);
        return new RejectedEventException(DeadLetterReason.UNSCORABLE, reason);
    }

    private void publish(QuestionnaireSubmitted event, ScoringResult result, OffsetDateTime scoredAt) {
        events.recommendationsScored(new RecommendationsScored()
                .eventId(UUID.nameUUIDFromBytes(("scored:" + event.getAssessmentId()).getBytes()))
                .assessmentId(event.getAssessmentId())
                .tenant(event.getTenant())
                .scoredAt(scoredAt)
                .result(result));
    }
}
