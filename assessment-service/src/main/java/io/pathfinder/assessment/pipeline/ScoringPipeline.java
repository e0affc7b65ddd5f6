package io.pathfinder.assessment.pipeline;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.pathfinder.assessment.catalogcopy.CatalogCopies;
import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.questionnaire.AnswersValidator;
import io.pathfinder.assessment.results.ResultWaiters;
import io.pathfinder.assessment.scoring.ScoringEngine;
import io.pathfinder.assessment.scoring.UnscorableAnswersException;
import io.pathfinder.assessment.store.AssessmentJson;
import io.pathfinder.assessment.store.AssessmentKeys.DataKey;
import io.pathfinder.assessment.store.AssessmentKeys;
import io.pathfinder.assessment.store.AssessmentState;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.store.PayloadCipher.UnreadablePayloadException;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.assessment.store.ScoringStore.Completion;
import io.pathfinder.assessment.store.ScoringStore.Stored;
import io.pathfinder.assessment.store.ScoringStore;
import io.pathfinder.assessment.tenant.TenantCatalogs;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.SealedPayload;
import io.pathfinder.contracts.model.ScoringResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Scores questionnaire-submitted events a batch at a time: one read of what is stored, the engine
 * of its tenant's catalogue for each assessment still pending, one transaction for all results. Idempotent: an assessment
 * already scored keeps its stored result, which a replayed event republishes with the same eventId.
 * An erased assessment (its data key destroyed) is never scored or stored again.
 */
@ApplicationScoped
public class ScoringPipeline {

    /** What became of an assessment's event. */
    public sealed interface Outcome {
    }

    /**
     * Scored, now or before: what the event to publish says, and its result, the JSON stored, so that it is
     * written once and a republished event carries the very same bytes, to be sealed under the assessment's data
     * key. The event is made only when it is published: a batch's outcomes then hold each result once, not its
     * sealed copy as well.
     */
    public record Scored(UUID assessmentId, String tenant, OffsetDateTime scoredAt, byte[] result, byte[] dataKey)
            implements Outcome {

        public RecommendationsScored event(SealedPayload sealedResult) {
            return new RecommendationsScored()
                    .eventId(UUID.nameUUIDFromBytes(("scored:" + assessmentId).getBytes(StandardCharsets.UTF_8)))
                    .assessmentId(assessmentId)
                    .tenant(tenant)
                    .scoredAt(scoredAt.withOffsetSameInstant(ZoneOffset.UTC))
                    .sealedResult(sealedResult);
        }
    }

    /** Erased: nothing is scored, stored or published for it. */
    public record Erased() implements Outcome {
    }

    /** Not to be scored: the event goes to the dead-letter topic with the reason. */
    public record Rejected(DeadLetterReason reason, String message) implements Outcome {
    }

    /**
     * Not scored yet: this service does not hold the catalogue its tenant is scored on. Nothing is stored; the
     * event is to be tried again later, while the rest of its batch goes on.
     */
    public record Waiting() implements Outcome {
    }

    /** Thrown while this service does not hold a catalogue it scores on: worth retrying, not dead-lettering. */
    public static class CatalogNotReadyException extends RuntimeException {
        public CatalogNotReadyException(String catalog) {
            super("The " + catalog + " catalogue has not been loaded yet");
        }
    }

    private static final int FAILURE_COLUMN_LENGTH = 2000;

    private final ScoringStore store;
    private final AssessmentKeys keys;
    private final CatalogCopies copies;
    private final TenantCatalogs tenantCatalogs;
    private final AnswersValidator validator;
    private final AssessmentJson json;
    private final ResultWaiters waiters;
    private final ScoringConfig config;
    private final PipelineMetrics metrics;
    private final Tracer tracer;

    public ScoringPipeline(ScoringStore store, AssessmentKeys keys, CatalogCopies copies, TenantCatalogs tenantCatalogs,
            AnswersValidator validator, AssessmentJson json, ResultWaiters waiters, ScoringConfig config,
            PipelineMetrics metrics, Tracer tracer) {
        this.store = store;
        this.keys = keys;
        this.copies = copies;
        this.tenantCatalogs = tenantCatalogs;
        this.validator = validator;
        this.json = json;
        this.waiters = waiters;
        this.config = config;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /**
     * The outcome for each assessment of the batch; {@link Waiting} for those whose tenant's catalogue is not held
     * yet. Fails as a whole, storing nothing, when the database is away or an event cannot be handled at all;
     * the caller tells which from the exception.
     */
    public Map<UUID, Outcome> score(List<QuestionnaireSubmitted> events) {
        Map<UUID, QuestionnaireSubmitted> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(event.getAssessmentId(), event));
        Map<UUID, DataKey> dataKeys = dataKeys(byId.values());
        Map<UUID, Stored> stored = store.find(byId.keySet());

        Map<UUID, Outcome> outcomes = new HashMap<>();
        List<Completion> completions = new ArrayList<>();
        // Stored timestamps keep microseconds at most: milliseconds make a republished event identical.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Optional<CatalogCopy>> catalogsByTenant = new HashMap<>();
        for (QuestionnaireSubmitted event : byId.values()) {
            UUID id = event.getAssessmentId();
            DataKey key = dataKeys.get(id);
            Stored earlier = stored.get(id);
            if (key == null || key.erased()) {
                outcomes.put(id, new Erased());
            } else if (earlier != null && (earlier.status() != AssessmentState.PENDING || !earlier.tenant().equals(event.getTenant()))) {
                outcomes.put(id, outcome(event, earlier, key));
            } else {
                Optional<CatalogCopy> catalog = catalogsByTenant.computeIfAbsent(event.getTenant(), this::readyCatalogOf);
                if (catalog.isEmpty()) {
                    outcomes.put(id, new Waiting());
                } else {
                    try {
                        completions.add(complete(inClear(event, key), catalog.get(), now));
                    } catch (UnreadablePayloadException e) {
                        outcomes.put(id, new Rejected(DeadLetterReason.MALFORMED, e.getMessage()));
                    }
                }
            }
        }
        if (!completions.isEmpty()) {
            // Another delivery of the same event may have completed an assessment first: its result stands.
            Map<UUID, Stored> completed = store(completions);
            for (Completion completion : completions) {
                Stored assessment = completed.get(completion.id());
                if (assessment == null) {
                    outcomes.put(completion.id(), new Erased());
                } else {
                    UUID id = completion.id();
                    outcomes.put(id, outcome(byId.get(id), assessment, dataKeys.get(id)));
                    waiters.completed(assessment);
                }
            }
        }
        return outcomes;
    }

    /** The copy of the catalogue the tenant's assessments are scored on; empty while it is not ready. */
    private Optional<CatalogCopy> readyCatalogOf(String tenant) {
        return copies.ready(tenantCatalogs.of(tenant));
    }

    /**
     * Marks the event's assessment FAILED, unless it is complete already or erased: its event is being
     * given up.
     */
    public void giveUp(QuestionnaireSubmitted event, String failure) {
        DataKey key = dataKeys(List.of(event)).get(event.getAssessmentId());
        if (key == null || key.erased()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        store(List.of(completion(inClear(event, key), AssessmentState.FAILED, null, failure, now))).values()
                .forEach(waiters::completed);
    }

    /**
     * The data keys of the events' assessments, and records of their erasure. An assessment an HR platform
     * submitted (answers in clear) is keyed when first seen; sealed answers come with their key made, so an
     * assessment of sealed answers without a key is one whose key is gone.
     */
    private Map<UUID, DataKey> dataKeys(Collection<QuestionnaireSubmitted> events) {
        Map<UUID, String> inClear = new HashMap<>();
        events.stream().filter(event -> event.getAnswers() != null)
                .forEach(event -> inClear.put(event.getAssessmentId(), event.getTenant()));
        Map<UUID, DataKey> found = keys.findOrCreate(inClear);
        found.putAll(keys.find(events.stream().map(QuestionnaireSubmitted::getAssessmentId)
                .filter(id -> !found.containsKey(id)).toList()));
        return found;
    }

    /** The event with its answers in clear, opened when sealed. */
    private QuestionnaireSubmitted inClear(QuestionnaireSubmitted event, DataKey key) {
        if (event.getAnswers() != null) {
            return event;
        }
        byte[] answers = PayloadCipher.open(key.secret(), event.getAssessmentId(), Part.ANSWERS, event.getSealedAnswers());
        return new QuestionnaireSubmitted().eventId(event.getEventId()).assessmentId(event.getAssessmentId())
                .tenant(event.getTenant()).submittedAt(event.getSubmittedAt())
                .answers(json.read(answers, QuestionnaireAnswers.class));
    }

    private Completion complete(QuestionnaireSubmitted event, CatalogCopy catalog, OffsetDateTime now) {
        ScoringEngine engine = catalog.engine().orElseThrow(() -> new CatalogNotReadyException(catalog.id()));
        List<FieldError> problems = validator.problems(event.getAnswers(), catalog);
        if (!problems.isEmpty()) {
            return completion(event, AssessmentState.FAILED, null, problems.stream()
                    .map(p -> p.getField() + ": " + p.getMessage())
                    .collect(Collectors.joining("; ")), now);
        }
        try {
            ScoringResult result = ScoringMapper.toContract(catalog.id(), metrics.timeScoring(
                    () -> engine.score(ScoringMapper.toEngine(event.getAnswers()), config.topN())));
            return completion(event, AssessmentState.SCORED, json.writeBytes(result), null, now);
        } catch (UnscorableAnswersException e) {
            return completion(event, AssessmentState.FAILED, null, e.getMessage(), now);
        }
    }

    private Completion completion(QuestionnaireSubmitted event, AssessmentState status, byte[] result, String failure,
            OffsetDateTime now) {
        String answers = json.write(event.getAnswers());
        return new Completion(event.getAssessmentId(), event.getTenant(), answers, AssessmentJson.sha256(answers),
                event.getAnswers().getQuestionnaireVersion(), event.getSubmittedAt(), status, result,
                failure == null || failure.length() <= FAILURE_COLUMN_LENGTH ? failure : failure.substring(0, FAILURE_COLUMN_LENGTH),
                now);
    }

    /**
     * Stores the completions in one transaction; returns each of their assessments as it then is, but for
     * those erased meanwhile, which are left out and not stored.
     */
    private Map<UUID, Stored> store(List<Completion> toStore) {
        Span span = tracer.spanBuilder("store scoring results").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Set<UUID> erased = keys.lockErased(toStore.stream().map(Completion::id).toList());
                List<Completion> completions = toStore.stream().filter(c -> !erased.contains(c.id())).toList();
                Set<UUID> written = store.complete(completions);
                Map<UUID, Stored> stored = store.find(completions.stream()
                        .map(Completion::id).filter(id -> !written.contains(id)).toList());
                completions.stream().filter(c -> written.contains(c.id())).forEach(c -> stored.put(c.id(), c.stored()));
                return stored;
            });
        } finally {
            span.end();
        }
    }

    private Outcome outcome(QuestionnaireSubmitted event, Stored stored, DataKey key) {
        if (!stored.tenant().equals(event.getTenant())) {
            return new Rejected(DeadLetterReason.TENANT_MISMATCH, "Assessment " + stored.id() + " belongs to another tenant");
        }
        return switch (stored.status()) {
            case SCORED -> new Scored(stored.id(), stored.tenant(), stored.completedAt(), stored.result(), key.secret());
            case FAILED -> new Rejected(DeadLetterReason.UNSCORABLE, stored.failure());
            case PENDING -> throw new IllegalStateException("Assessment " + stored.id() + " is still pending after scoring");
        };
    }
}
