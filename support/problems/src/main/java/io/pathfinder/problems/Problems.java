package io.pathfinder.problems;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.pathfinder.contracts.model.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The problem types of the contract (ProblemType, generated from api-contracts) with the status and title
 * the contract gives each, and the problem documents made of them: the one way both services say what
 * went wrong. A type added to the contract does not compile here until it has its status and title.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The contract lists at most this many bad fields; the detail still counts them all. */
    private static final int MAX_FIELD_ERRORS = 100;

    private Problems() {
    }

    /** The status every problem of this type has; about:blank has none of its own. */
    public static int status(ProblemType type) {
        return switch (type) {
            case VALIDATION -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case CONFLICT, NOT_PLANNABLE -> 409;
            case PRECONDITION_FAILED -> 412;
            case CONTENT_TOO_LARGE -> 413;
            case URI_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNKNOWN_REFERENCES -> 422;
            case PRECONDITION_REQUIRED -> 428;
            case TOO_MANY_REQUESTS -> 429;
            case INTERNAL_ERROR -> 500;
            case SERVICE_UNAVAILABLE -> 503;
            case ABOUT_BLANK -> throw new IllegalArgumentException("about:blank has the status of the problem at hand");
        };
    }

    /** The title every problem of this type has; about:blank takes its status's reason phrase. */
    public static String title(ProblemType type) {
        return switch (type) {
            case VALIDATION -> "Request is not valid";
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case NOT_ACCEPTABLE -> "Not acceptable";
            case CONFLICT -> "Conflict";
            case NOT_PLANNABLE -> "Assessment cannot be planned with";
            case PRECONDITION_FAILED -> "Precondition failed";
            case CONTENT_TOO_LARGE -> "Content too large";
            case URI_TOO_LONG -> "URI too long";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case UNKNOWN_REFERENCES -> "Unknown references";
            case PRECONDITION_REQUIRED -> "Precondition required";
            case TOO_MANY_REQUESTS -> "Too many requests";
            case INTERNAL_ERROR -> "Internal error";
            case SERVICE_UNAVAILABLE -> "Service unavailable";
            case ABOUT_BLANK -> throw new IllegalArgumentException("about:blank has the title of the problem's status");
        };
    }

    /** What a bare error status means: the type registered for it, or about:blank for a status without one. */
    public static ProblemType typeOf(int status) {
        return switch (status) {
            case 400 -> ProblemType.VALIDATION;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.CONTENT_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 500 -> ProblemType.INTERNAL_ERROR;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> ProblemType.ABOUT_BLANK;
        };
    }

    public static Problem document(ProblemType type, String detail) {
        return document(type, detail, List.of());
    }

    /** A problem of a registered type; {@code errors} are the bad fields, if the problem is about fields. */
    public static Problem document(ProblemType type, String detail, List<FieldError> errors) {
        return document(type, status(type), title(type), detail, errors);
    }

    /** The problem a bare error status means, when nothing more is known of it. */
    public static Problem document(int status) {
        ProblemType type = typeOf(status);
        return type == ProblemType.ABOUT_BLANK
                ? document(type, status, HttpResponseStatus.valueOf(status).reasonPhrase(), null, List.of())
                : document(type, null);
    }

    /** The problem as a JAX-RS response, with the challenge a 401 answer owes the client (RFC 6750). */
    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.getStatus()).type(MEDIA_TYPE).entity(problem);
        if (problem.getStatus() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static Problem document(ProblemType type, int status, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(type, title, status).detail(detail);
        // The generated model starts with an empty list; a problem without bad fields has no errors member at all.
        problem.setErrors(errors.isEmpty() ? null : List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_FIELD_ERRORS))));
        return problem;
    }
}
