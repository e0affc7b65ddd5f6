package io.pathfinder.catalog.problem.service;

import io.pathfinder.contracts.model.FieldError;
import java.util.List;

/** A failure the client can act on, rendered as an RFC 9457 problem by the exception mappers. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(404, "Not found", "No " + what + " with slug '" + slug + "'.", List.of());
    }

    public static ProblemException badRequest(List<FieldError> errors) {
        return new ProblemException(400, "Request is not valid", "The request has " + errors.size() + " invalid field(s).", errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException unknownReferences(List<FieldError> errors) {
        return new ProblemException(422, "Unknown references", "The entry names entries that do not exist.", errors);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition failed", detail, List.of());
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service unavailable", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
