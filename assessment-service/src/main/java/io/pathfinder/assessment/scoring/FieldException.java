package io.pathfinder.assessment.scoring;

/** Something one field of the input gets wrong; the message starts with the field, then the reason. */
public abstract class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    protected FieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
