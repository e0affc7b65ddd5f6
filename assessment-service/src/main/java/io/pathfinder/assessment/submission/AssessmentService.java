package io.pathfinder.assessment.submission;

import io.pathfinder.assessment.config.TopicsConfig;
import io.pathfinder.assessment.questionnaire.AnswersValidator;
import io.pathfinder.assessment.results.CompletionListener;
import io.pathfinder.assessment.results.ResultWaiters;
import io.pathfinder.assessment.store.AssessmentEntity;
import io.pathfinder.assessment.store.AssessmentJson;
import io.pathfinder.assessment.store.AssessmentKeys;
import io.pathfinder.assessment.store.AssessmentRepository;
import io.pathfinder.assessment.store.AssessmentState;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.assessment.store.ScoringStore.Stored;
import io.pathfinder.contracts.model.AssessmentPage;
import io.pathfinder.contracts.model.AssessmentStatus;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.outbox.Outbox;
import io.pathfinder.outbox.OutboxMessage;
import io.pathfinder.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Takes submissions. The assessment row and its QuestionnaireSubmitted event (in the outbox) are
 * written in one database transaction, so neither exists without the other; the outbox relay
 * publishes the event once the transaction commits. No call waits for the broker: a submission is
 * accepted while Kafka is away, and scored once it is back. The event carries the answers sealed
 * under the assessment's data key, made in that transaction too and destroyed when it is erased.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);
    private static final int SUBMIT_ATTEMPTS = 3;

    private final AssessmentRepository repository;
    private final AssessmentKeys keys;
    private final AnswersValidator validator;
    private final Outbox outbox;
    private final AssessmentJson json;
    private final String submittedTopic;
    private final ResultWaiters waiters;

    public AssessmentService(AssessmentRepository repository, AssessmentKeys keys, AnswersValidator validator,
            Outbox outbox, AssessmentJson json, TopicsConfig topics, ResultWaiters waiters) {
        this.repository = repository;
        this.keys = keys;
        this.validator = validator;
        this.outbox = outbox;
        this.json = json;
        this.submittedTopic = topics.questionnaireSubmitted();
        this.waiters = waiters;
    }

    public record Submission(AssessmentEntity assessment, boolean replayed) {
    }

    public Submission submit(String tenant, String idempotencyKey, QuestionnaireAnswers answers) {
        validator.validate(tenant, answers);
        String answersJson = json.write(answers);
        String answersHash = AssessmentJson.sha256(answersJson);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> submitOnce(tenant, idempotencyKey, answers, answersJson, answersHash));
            } catch (ConstraintViolationException e) {
                // Concurrent requests with one Idempotency-Key: the database let only the first one
                // store its row, so the others answer as replays of it once it is committed.
                if (idempotencyKey == null || attempt == SUBMIT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Submission submitOnce(String tenant, String idempotencyKey, QuestionnaireAnswers answers,
            String answersJson, String answersHash) {
        if (idempotencyKey != null) {
            Optional<AssessmentEntity> earlier = repository.findByIdempotencyKey(tenant, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().answersHash.equals(answersHash)) {
                    throw new ProblemException(ProblemType.CONFLICT,
                            "This Idempotency-Key was used before with different answers.");
                }
                return new Submission(earlier.get(), true);
            }
        }
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.id = UUID.randomUUID();
        assessment.tenant = tenant;
        assessment.idempotencyKey = idempotencyKey;
        assessment.answersHash = answersHash;
        assessment.status = AssessmentState.PENDING;
        assessment.questionnaireVersion = answers.getQuestionnaireVersion();
        assessment.answers = answersJson;
        assessment.submittedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        repository.persistAndFlush(assessment);
        byte[] dataKey = keys.create(assessment.id, tenant);
        QuestionnaireSubmitted event = new QuestionnaireSubmitted()
                .eventId(UUID.randomUUID())
                .assessmentId(assessment.id)
                .tenant(tenant)
                .submittedAt(assessment.submittedAt)
                .sealedAnswers(PayloadCipher.seal(dataKey, assessment.id, Part.ANSWERS,
                        answersJson.getBytes(StandardCharsets.UTF_8)));
        outbox.append(new OutboxMessage(submittedTopic, assessment.id.toString(), json.write(event),
                Map.of("event-type", "QuestionnaireSubmitted", "tenant", tenant)));
        return new Submission(assessment, false);
    }

    /** A page of the tenant's assessments, newest first, optionally in one status. */
    @Transactional
    public AssessmentPage list(String tenant, AssessmentStatus status, int page, int size) {
        PanacheQuery<AssessmentEntity> query = repository.listForTenant(tenant,
                status == null ? null : AssessmentState.valueOf(status.name()));
        return new AssessmentPage().page(page).size(size).total(query.count())
                .items(query.page(page - 1, size).list().stream().map(json::summary).toList());
    }

    @Transactional
    public AssessmentEntity get(String tenant, UUID id) {
        return repository.findForTenant(id, tenant)
                .orElseThrow(() -> ProblemException.notFound("No assessment " + id));
    }

    /**
     * The tenant's assessment, once it is no longer pending or the wait is over. Only its read takes a
     * worker thread, the caller's; the wait takes none. Its readers are handed the assessment as
     * stored when it completes: by the scoring consumer that stored it, on this instance, or by the
     * {@link CompletionListener}, which reads it once for all its readers here, when another instance did.
     */
    public Uni<AssessmentEntity> await(String tenant, UUID id, Duration wait) {
        CompletableFuture<Stored> signal = waiters.signal(id);
        AssessmentEntity assessment;
        try {
            assessment = QuarkusTransaction.requiringNew().call(() -> get(tenant, id));
        } catch (RuntimeException e) {
            waiters.forget(id, signal);
            throw e;
        }
        if (assessment.status != AssessmentState.PENDING || wait.isZero()) {
            waiters.forget(id, signal);
            return Uni.createFrom().item(assessment);
        }
        return Uni.createFrom().completionStage(signal).map(Optional::of)
                .ifNoItem().after(wait).recoverWithItem(Optional.empty())
                .onTermination().invoke(() -> waiters.forget(id, signal))
                // Off the thread that woke it (a scoring consumer, the listener, the timer): what follows may block.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(completed -> completed.filter(stored -> stored.tenant().equals(tenant))
                        .map(stored -> completedAs(assessment, stored))
                        .orElse(assessment));
    }

    /** The entity is detached, read in a transaction that has ended: this changes nothing stored. */
    private static AssessmentEntity completedAs(AssessmentEntity assessment, Stored completed) {
        assessment.status = completed.status();
        assessment.completedAt = completed.completedAt();
        assessment.result = completed.result();
        assessment.failure = completed.failure();
        return assessment;
    }

    /**
     * Erases the assessment: its row, and with it (by their foreign keys) its outcome and its place in the
     * cohort insight, and its data key, so that the copies of its answers and result on the topics can
     * no longer be read. The scoring consumer's transaction that would store a result for it waits for
     * this one, and then finds it erased.
     */
    @Transactional
    public void delete(String tenant, UUID id) {
        AssessmentEntity assessment = get(tenant, id);
        keys.erase(id, tenant);
        repository.delete(assessment);
        LOG.infof("Erasing assessment %s of tenant %s", id, tenant);
    }
}
