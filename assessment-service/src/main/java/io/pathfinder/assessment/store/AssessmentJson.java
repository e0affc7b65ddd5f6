package io.pathfinder.assessment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.Assessment;
import io.pathfinder.contracts.model.AssessmentStatus;
import io.pathfinder.contracts.model.AssessmentSummary;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.ScoringResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

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

    public byte[] writeBytes(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    public QuestionnaireAnswers answers(AssessmentEntity entity) {
        return read(entity.answers.getBytes(StandardCharsets.UTF_8), QuestionnaireAnswers.class);
    }

    /** The stored result read back into the contract's objects; null until the assessment is scored. */
    public ScoringResult result(AssessmentEntity entity) {
        return entity.result == null ? null : read(StoredResults.json(entity.result), ScoringResult.class);
    }

    /** The catalogue the assessment's result was scored on; empty until it is scored. */
    public Optional<String> resultCatalog(AssessmentEntity entity) {
        return entity.result == null ? Optional.empty() : Optional.of(StoredResults.catalogOf(entity.result));
    }

    public <T> T read(byte[] json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Assessment as it is served, in JSON. Its result, tens of kilobytes, is the stored JSON as
     * it is, rather than read into objects and written out again.
     */
    public byte[] view(AssessmentEntity entity) {
        byte[] view = writeBytes(new Assessment()
                .id(entity.id)
                .status(AssessmentStatus.fromValue(entity.status.name()))
                .submittedAt(entity.submittedAt)
                .completedAt(entity.completedAt)
                .questionnaireVersion(entity.questionnaireVersion)
                .failure(entity.failure));
        return entity.result == null ? view : withMember(view, "result", StoredResults.json(entity.result));
    }

    /** The JSON object with one more member, whose value is JSON already: {…} + "name":value before the brace. */
    public static byte[] withMember(byte[] object, String name, byte[] value) {
        byte[] member = ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
        boolean empty = object.length == 2;
        return ByteBuffer.allocate(object.length + (empty ? 0 : 1) + member.length + value.length)
                .put(object, 0, object.length - 1)
                .put(empty ? new byte[0] : new byte[] {','})
                .put(member)
                .put(value)
                .put((byte) '}')
                .array();
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
