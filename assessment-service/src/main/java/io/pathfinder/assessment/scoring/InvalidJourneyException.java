package io.pathfinder.assessment.scoring;

/**
 * A route, what-if or learning-plan request that names something the catalogue lacks, or asks for the impossible;
 * the field is the request's, e.g. {@code to}, {@code path} or {@code skills/kubernetes}.
 */
public class InvalidJourneyException extends FieldException {

    private static final long serialVersionUID = 1L;

    public InvalidJourneyException(String field, String reason) {
        super(field, reason);
    }
}
