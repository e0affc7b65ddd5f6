package io.pathfinder.assessment.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A submitted questionnaire and, once scored, its result; answers and result are stored as contract JSON (the result deflated). */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "answers_hash")
    public String answersHash;

    @Enumerated(EnumType.STRING)
    public AssessmentState status;

    @Column(name = "questionnaire_version")
    public String questionnaireVersion;

    public String answers;

    /** The result's JSON as {@link io.pathfinder.assessment.store.StoredResults} keeps it. */
    public byte[] result;

    public String failure;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
