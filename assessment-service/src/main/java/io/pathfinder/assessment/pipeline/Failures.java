package io.pathfinder.assessment.pipeline;

import io.pathfinder.assessment.pipeline.ScoringPipeline.CatalogNotReadyException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that waiting cures (a dependency away: the database, the broker, the catalogue not
 * loaded yet) from any other, which trying again cannot be expected to cure.
 */
public final class Failures {

    /** SQLState classes of a lost or refused connection, a server shutting down or short of resources. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57");
    /** Serialization failure, deadlock, lock not available: the next try usually succeeds. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CatalogNotReadyException || cause instanceof RetriableException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && isTransient(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The exception and its causes, one after the other: the last is usually the one that tells. */
    public static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            description.append("; caused by ").append(cause);
        }
        return description.toString();
    }

    // PostgreSQL states every error it reports; an SQLException without one comes from the driver or the
    // pool failing to reach it (the pool's acquisition timeout, for one).
    private static boolean isTransient(String sqlState) {
        return sqlState == null || sqlState.length() != 5
                || TRANSIENT_STATE_CLASSES.contains(sqlState.substring(0, 2)) || TRANSIENT_STATES.contains(sqlState);
    }
}
