package io.pathfinder.assessment.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem document, so clients never see a bare error page. */
public class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    /** The contract lists at most this many bad fields; the detail still counts them all. */
    private static final int MAX_FIELD_ERRORS = 100;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        return problem(problem.status(), problem.title(), problem.getMessage(), problem.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> ApiProblem.field(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::getField))
                .toList();
        return problem(400, "Request is not valid", errors.size() + " field(s) are not valid", errors);
    }

    /** Declared apart because Quarkus maps this subtype itself, without a problem document. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? "body" + pathOf(mapping) : "body";
        return problem(400, "Request body is not valid JSON for this operation", e.getOriginalMessage(),
                List.of(ApiProblem.field(field, e.getOriginalMessage())));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        return problem(401, "Unauthorized", "A valid bearer token is required", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "The token does not allow this operation", List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // JAX-RS answers 404, with the conversion error as cause, for a parameter value it cannot
        // convert (?status=nonsense, a malformed id); the client sent a bad request.
        if (status == 404 && e.getCause() != null) {
            status = 400;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, known == null ? "Error" : known.getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return problem(500, "Internal error", "The request could not be completed", List.of());
    }

    static Response problem(int status, String title, String detail, List<FieldError> errors) {
        Problem body = new Problem()
                .type("https://pathfinder.dev/problems/" + status)
                .title(title)
                .status(status)
                .detail(detail);
        if (!errors.isEmpty()) {
            body.setErrors(errors.subList(0, Math.min(errors.size(), MAX_FIELD_ERRORS)));
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "submitAssessment.questionnaireAnswers.constraints.monthsToUpskill" -> "body.constraints.monthsToUpskill"
        String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
        return parts.length == 3 ? "body." + parts[2] : parts.length == 2 ? "query." + parts[1] : "body";
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
    }
}
