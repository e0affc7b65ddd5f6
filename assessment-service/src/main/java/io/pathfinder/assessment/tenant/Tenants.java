package io.pathfinder.assessment.tenant;

import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The integrating platform a request speaks for: its bearer token's tenant claim. */
public final class Tenants {

    private Tenants() {
    }

    /** @throws ProblemException 401 when the token names no tenant */
    public static String of(JsonWebToken token) {
        String tenant = token.getClaim("tenant");
        if (tenant == null || tenant.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The bearer token has no tenant claim.");
        }
        return tenant;
    }
}
