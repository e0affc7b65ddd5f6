package io.pathfinder.catalog.problem.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.pathfinder.catalog.problem.service.ProblemException;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Every error leaves the service as an RFC 9457 problem; validation problems name every bad field. */
public class ProblemMappers {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://pathfinder.example/problems/";
    /** The contract lists at most this many bad fields; the detail still counts them all. */
    private static final int MAX_FIELD_ERRORS = 100;
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        boolean missingIfMatch = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fieldOf(violation);
            missingIfMatch |= field.equals("header.If-Match")
                    && violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
            errors.add(new FieldError(field, violation.getMessage()));
        }
        if (missingIfMatch) {
            return respond(428, "Precondition required", "Send If-Match with the ETag of the version you replace.", List.of());
        }
        errors.sort((a, b) -> a.getField().compareTo(b.getField()));
        return respond(400, "Request is not valid", "The request has " + errors.size() + " invalid field(s).", errors);
    }

    /** Quarkus answers 404 when a query parameter does not convert; for the client that is a bad request. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uriInfo, SimpleResourceInfo resource) {
        if (e.getCause() == null || resource == null) {
            return respond(404, "Not found", "No resource at " + uriInfo.getPath() + ".", List.of());
        }
        List<FieldError> errors = unconvertibleQueryParameters(uriInfo, resource);
        if (errors.isEmpty()) {
            errors = List.of(new FieldError("query", e.getCause().getMessage()));
        }
        return respond(400, "Request is not valid", "The request has " + errors.size() + " invalid field(s).", errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        return respond(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(401, "Unauthorized", "A valid bearer token is required.", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", "Catalogue changes need the catalog-admin role.", List.of());
    }

    /** Races the in-transaction checks could not see: a concurrent update or insert of the same entry. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return respond(412, "Precondition failed", "The entry changed concurrently; read it again.", List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(409, "Conflict", "The change conflicts with the current catalogue.", List.of());
            }
        }
        return unexpected(e);
    }

    /** Anything else is the service's fault: logged here, and nothing of it disclosed to the client. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return respond(500, "Internal error", "The request could not be completed.", List.of());
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
        return respond(400, "Request is not valid", "The request body is not a valid document.",
                List.of(new FieldError(field, e.getOriginalMessage())));
    }

    private static Response respond(int status, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status).detail(detail);
        problem.setErrors(errors.isEmpty() ? null : errors.subList(0, Math.min(errors.size(), MAX_FIELD_ERRORS)));
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** Maps a violation's path to where the client put the value: query.size, header.If-Match, body.title. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString()
                .replace(".<list element>", "").replace(".<iterable element>", "")
                .replace(".<map value>", "").replace(".<map key>", "");
        Path.MethodNode method = null;
        Path.ParameterNode found = null;
        for (Path.Node node : violation.getPropertyPath()) {
            // Hibernate Validator's nodes implement every node interface: only the kind tells them apart.
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                found = node.as(Path.ParameterNode.class);
                break;
            }
        }
        if (method == null || found == null) {
            return path;
        }
        Path.ParameterNode parameter = found;
        String rest = path.substring(Math.min(path.length(), method.getName().length() + 1 + parameter.getName().length()));
        Annotation[] annotations = interfaceMethod(violation.getRootBeanClass(), method.getName(),
                method.getParameterTypes().toArray(Class<?>[]::new))
                .map(m -> m.getParameterAnnotations()[parameter.getParameterIndex()])
                .orElse(new Annotation[0]);
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return "query." + q.value() + rest;
            }
            if (annotation instanceof PathParam p) {
                return "path." + p.value() + rest;
            }
            if (annotation instanceof HeaderParam h) {
                return "header." + h.value() + rest;
            }
        }
        return "body" + rest;
    }

    private static List<FieldError> unconvertibleQueryParameters(UriInfo uriInfo, SimpleResourceInfo resource) {
        List<FieldError> errors = new ArrayList<>();
        interfaceMethod(resource.getResourceClass(), resource.getMethodName(), resource.parameterTypes())
                .ifPresent(method -> {
                    for (int i = 0; i < method.getParameterCount(); i++) {
                        Class<?> type = method.getParameterTypes()[i];
                        Arrays.stream(method.getParameterAnnotations()[i])
                                .filter(QueryParam.class::isInstance)
                                .map(a -> ((QueryParam) a).value())
                                .findFirst()
                                .ifPresent(name -> {
                                    String value = uriInfo.getQueryParameters().getFirst(name);
                                    if (value != null && !converts(type, value)) {
                                        errors.add(new FieldError("query." + name, "'" + value + "' is not a valid "
                                                + (type.isEnum() ? "value" : type.getSimpleName().toLowerCase())));
                                    }
                                });
                    }
                });
        return errors;
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == Integer.class) {
                Integer.valueOf(value);
            } else if (type.isEnum()) {
                type.getMethod("fromString", String.class).invoke(null, value);
            }
            return true;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Parameter annotations live on the generated interface, not on the implementing resource. */
    private static Optional<Method> interfaceMethod(Class<?> resourceClass, String name, Class<?>[] parameterTypes) {
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            for (Class<?> api : type.getInterfaces()) {
                try {
                    return Optional.of(api.getMethod(name, parameterTypes));
                } catch (NoSuchMethodException e) {
                    // not declared by this interface
                }
            }
        }
        return Optional.empty();
    }
}
