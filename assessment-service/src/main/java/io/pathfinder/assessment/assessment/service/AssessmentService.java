package io.pathfinder.assessment.assessment.service;

import io.pathfinder.assessment.assessment.entity.AssessmentEntity;
import io.pathfinder.assessment.assessment.entity.AssessmentStatus;
import io.pathfinder.assessment.assessment.messaging.AssessmentEvents;
import io.pathfinder.assessment.assessment.repository.AssessmentRepository;
import io.pathfinder.assessment.problem.ApiProblem;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Takes submissions. Kafka is the log of record: the row is written and the event is published
 * (and acknowledged by the broker) inside one database transaction, so a failed publish rolls the
 * row back; if the commit fails after the publish, the scoring consumer creates the row from the
 * event. Either way no assessment exists without its event for longer than that.
 */
@ApplicationScoped
public class AssessmentService {

    private static final int SUBMIT_ATTEMPTS = 3;

    private final AssessmentRepository repository;
    private final AnswersValidator validator;
    private final AssessmentEvents events;
    private final AssessmentJson json;

    public AssessmentService(AssessmentRepository repository, AnswersValidator validator, AssessmentEvents events,
            AssessmentJson json) {
        this.repository = repository;
        this.validator = validator;
        this.events = events;
        this.json = json;
    }

    public record Submission(AssessmentEntity assessment, boolean replayed) {
    }

    public Submission submit(String tenant, String idempotencyKey, QuestionnaireAnswers answers) {
        validator.validate(answers);
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
                    throw new ApiProblem(409, "Idempotency-Key reused",
                            "This Idempotency-Key was used before with different answers");
                }
                return new Submission(earlier.get(), true);
            }
        }
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.id = UUID.randomUUID();
        assessment.tenant = tenant;
        assessment.idempotencyKey = idempotencyKey;
        assessment.answersHash = answersHash;
        assessment.status = AssessmentStatus.PENDING;
        assessment.questionnaireVersion = answers.getQuestionnaireVersion();
        assessment.answers = answersJson;
        assessment.submittedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        repository.persistAndFlush(assessment);
        events.questionnaireSubmitted(new QuestionnaireSubmitted()
                .eventId(UUID.randomUUID())
                .assessmentId(assessment.id)
                .tenant(tenant)
                .submittedAt(assessment.submittedAt)
                .answers(answers));
        return new Submission(assessment, false);
    }

    @Transactional
    public AssessmentEntity get(String tenant, UUID id) {
        return repository.findForTenant(id, tenant)
                .orElseThrow(() -> ApiProblem.notFound("No assessment " + id));
    }

    @Transactional
    public void delete(String tenant, UUID id) {
        repository.delete(get(tenant, id));
    }
}
