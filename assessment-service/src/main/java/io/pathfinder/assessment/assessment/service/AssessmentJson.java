package io.pathfinder.assessment.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.assessment.entity.AssessmentEntity;
import io.pathfinder.contracts.model.Assessment;
import io.pathfinder.contracts.model.AssessmentStatus;
import io.pathfinder.contracts.model.AssessmentSummary;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.ScoringResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stored JSON of answers and results, and the contract views of a stored assessment. */
@ApplicationScoped
public class AssessmentJson {

    private final ObjectMapper objectMapper;

    public AssessmentJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }

    public QuestionnaireAnswers answers(AssessmentEntity entity) {
        return read(entity.answers, QuestionnaireAnswers.class);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Assessment view(AssessmentEntity entity) {
        return new Assessment()
                .id(entity.id)
                .status(AssessmentStatus.fromValue(entity.status.name()))
                .submittedAt(entity.submittedAt)
                .completedAt(entity.completedAt)
                .questionnaireVersion(entity.questionnaireVersion)
                .result(entity.result == null ? null : read(entity.result, ScoringResult.class))
                .failure(entity.failure);
    }

    public AssessmentSummary summary(AssessmentEntity entity) {
        return new AssessmentSummary()
                .id(entity.id)
                .status(AssessmentStatus.fromValue(entity.status.name()))
                .submittedAt(entity.submittedAt)
                .completedAt(entity.completedAt)
                .questionnaireVersion(entity.questionnaireVersion);
    }
}
