package io.pathfinder.problems;

import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.pathfinder.contracts.model.ProblemType;
import java.util.List;

/** A failure the client can act on, answered as a problem document of its type by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        // An answer to the client, not a fault of the service: no stack trace to fill.
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** The request has bad fields, each named in {@code errors}. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field(s).", errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem problem() {
        return Problems.document(type, getMessage(), errors);
    }
}
