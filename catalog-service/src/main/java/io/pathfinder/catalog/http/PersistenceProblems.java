package io.pathfinder.catalog.http;

import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemMappers;
import io.pathfinder.problems.Problems;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Races the in-transaction checks could not see: a concurrent update or insert of the same entry. */
public class PersistenceProblems {

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Problems.response(Problems.document(ProblemType.PRECONDITION_FAILED,
                        "The entry changed concurrently; read it again."));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return Problems.response(Problems.document(ProblemType.CONFLICT,
                        "The change conflicts with the current catalogue."));
            }
        }
        return ProblemMappers.failure(e);
    }
}
