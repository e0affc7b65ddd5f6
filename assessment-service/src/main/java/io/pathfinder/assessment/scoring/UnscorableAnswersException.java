package io.pathfinder.assessment.scoring;

/** The answers cannot be scored against this catalogue; the message starts with the offending answer field. */
public class UnscorableAnswersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnscorableAnswersException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** Pointer to the offending answer, e.g. {@code currentRole} or {@code painPoints/boredom}. */
    public String field() {
        return field;
    }
}
