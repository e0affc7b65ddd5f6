package io.pathfinder.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.pathfinder.contracts.model.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Every failure of a JAX-RS resource, and every error response one returns, leaves the service as a
 * problem document of the contract's types; problems about bad fields name each of them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final MediaType PROBLEM_JSON = MediaType.valueOf(Problems.MEDIA_TYPE);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problems.response(e.problem());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isAboutTheResponse)) {
            return failure(e);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(FieldPaths.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::getField))
                .toList();
        boolean missingIfMatch = e.getConstraintViolations().stream().anyMatch(violation ->
                FieldPaths.of(violation).equals("header.If-Match")
                        && violation.getConstraintDescriptor().getAnnotation() instanceof NotNull);
        if (missingIfMatch) {
            return Problems.response(Problems.document(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you replace."));
        }
        return problem(ProblemException.invalid(errors));
    }

    /**
     * JAX-RS answers 404 both for a path no resource serves and for a parameter value that does not
     * convert to its type; for the client the second is a bad request.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uriInfo, SimpleResourceInfo resource) {
        if (e.getCause() == null || resource == null) {
            return Problems.response(Problems.document(ProblemType.NOT_FOUND, "There is no resource at this path."));
        }
        List<FieldError> errors = FieldPaths.unconvertibleParameters(uriInfo, resource);
        return errors.isEmpty()
                ? Problems.response(Problems.document(ProblemType.VALIDATION, "A parameter of the request could not be read."))
                : problem(ProblemException.invalid(errors));
    }

    /** Declared apart because Quarkus maps this subtype itself, without a problem document. */
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return json(e);
    }

    /** JAX-RS's own refusals: 405, 406, 415 and the like. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Unexpected failure", e);
        }
        return Problems.response(Problems.document(status));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Problems.response(Problems.document(ProblemType.UNAUTHORIZED, "A valid bearer token is required."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(Problems.document(ProblemType.FORBIDDEN, "The token does not allow this operation."));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return failure(e);
    }

    /** A failure that is the service's fault: logged here, and nothing of it disclosed to the client. */
    public static Response failure(Throwable e) {
        LOG.error("Unexpected failure", e);
        return Problems.response(Problems.document(ProblemType.INTERNAL_ERROR, "The request could not be completed."));
    }

    /** An error response a resource returned itself, such as the 412 of Request.evaluatePreconditions, becomes a problem too. */
    @ServerResponseFilter
    public void errorsAreProblems(ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !(response.getEntity() instanceof Problem)) {
            Problem problem = Problems.document(response.getStatus());
            response.setEntity(problem, null, PROBLEM_JSON);
        }
    }

    private static Response json(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder("body");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            field = path.toString();
        }
        return Problems.response(Problems.document(ProblemType.VALIDATION, "The request body is not a valid document.",
                List.of(new FieldError(field, e.getOriginalMessage()))));
    }

    /** A resource's own answer broke its constraints: the service's fault, not the client's. */
    private static boolean isAboutTheResponse(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getKind)
                .anyMatch(ElementKind.RETURN_VALUE::equals);
    }
}
