package io.pathfinder.assessment.journey.resource;

import io.pathfinder.assessment.journey.service.JourneyService;
import io.pathfinder.assessment.scoring.RoutePlanner;
import io.pathfinder.assessment.tenant.Tenants;
import io.pathfinder.contracts.assessment.api.JourneysApi;
import io.pathfinder.contracts.model.WhatIfChanges;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Authenticated
public class JourneysResource implements JourneysApi {

    private final JourneyService service;
    private final JsonWebToken token;

    public JourneysResource(JourneyService service, JsonWebToken token) {
        this.service = service;
        this.token = token;
    }

    @Override
    public Response planRoutesFromRole(String from, String to, String option, String via, Integer maxSteps,
            Integer limit) {
        return Response.ok(service.routesFromRole(Tenants.of(token), from,
                new RoutePlanner.Goal(to, option, via, maxSteps, limit))).build();
    }

    @Override
    public Response planRoutes(UUID id, String to, String option, String via, Integer maxSteps, Integer limit) {
        return Response.ok(service.routes(Tenants.of(token), id, new RoutePlanner.Goal(to, option, via, maxSteps, limit)))
                .build();
    }

    @Override
    public Response whatIf(UUID id, WhatIfChanges whatIfChanges) {
        return Response.ok(service.whatIf(Tenants.of(token), id, whatIfChanges)).build();
    }

    @Override
    public Response getLearningPlan(UUID id, List<String> path) {
        return Response.ok(service.learningPlan(Tenants.of(token), id, path)).build();
    }
}
