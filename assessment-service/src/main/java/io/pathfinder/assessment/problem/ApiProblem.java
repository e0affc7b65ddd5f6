package io.pathfinder.assessment.problem;

import io.pathfinder.contracts.model.FieldError;
import java.util.List;

/** A failure the client can act on; becomes an RFC 9457 problem document. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "Request is not valid", errors.size() + " field(s) are not valid", errors);
    }

    public static FieldError field(String field, String message) {
        return new FieldError().field(field).message(message);
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
