package io.pathfinder.problems.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.testing.SchemaValidation;
import io.pathfinder.problems.Problems;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.SocketException;
import java.util.List;
import java.util.function.Supplier;

/** The services' checks that an error answer is a problem document of the contract's registry. */
public final class ProblemChecks {

    private ProblemChecks() {
    }

    /**
     * A problem document of this type, honouring the contract's Problem schema, with the status and title the
     * registry gives the type, and no errors member.
     */
    public static ValidatableResponse assertProblem(Response response, ProblemType type) {
        return assertDocument(response, type).body("$", not(hasKey("errors")));
    }

    /** A validation problem that names at least these bad fields. */
    public static ValidatableResponse assertInvalid(Response response, String... fields) {
        return assertDocument(response, ProblemType.VALIDATION).body("errors.field", hasItems(fields));
    }

    /** A problem about bad fields of this type, naming at least these. */
    public static ValidatableResponse assertFieldProblem(Response response, ProblemType type, String... fields) {
        return assertDocument(response, type).body("errors.field", hasItems(fields));
    }

    /**
     * The answer to a request whose body the service refuses before reading all of it. The service answers and
     * closes the connection; a client still sending the rest of the body may find the connection broken before
     * it reads the answer, a race of the transport, not of the service. So the request is sent again, up to
     * three times, when sending it broke the connection.
     */
    public static Response answerToOversizedBody(Supplier<Response> send) {
        for (int attempt = 1; ; attempt++) {
            try {
                return send.get();
            } catch (Exception e) { // REST Assured throws the socket's checked exception as it is
                if (attempt == 3 || !(rootCause(e) instanceof SocketException)) {
                    throw e;
                }
            }
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ValidatableResponse assertDocument(Response response, ProblemType type) {
        assertEquals(List.of(), SchemaValidation.violations("Problem.json", response.asString()), response::asString);
        return response.then()
                .statusCode(Problems.status(type))
                .header("Content-Type", startsWith(Problems.MEDIA_TYPE))
                .body("type", equalTo(type.toString()))
                .body("status", equalTo(Problems.status(type)))
                .body("title", equalTo(Problems.title(type)));
    }
}
