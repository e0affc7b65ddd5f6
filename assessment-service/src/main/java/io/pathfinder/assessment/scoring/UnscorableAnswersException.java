package io.pathfinder.assessment.scoring;

/**
 * The answers cannot be scored against this catalogue; the message starts with the offending answer field, a
 * pointer such as {@code currentRole} or {@code painPoints/boredom}.
 */
public class UnscorableAnswersException extends FieldException {

    private static final long serialVersionUID = 1L;

    public UnscorableAnswersException(String field, String reason) {
        super(field, reason);
    }
}
