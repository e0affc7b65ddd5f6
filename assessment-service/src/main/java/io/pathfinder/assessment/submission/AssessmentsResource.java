package io.pathfinder.assessment.submission;

import io.pathfinder.assessment.store.AssessmentJson;
import io.pathfinder.assessment.tenant.Tenants;
import io.pathfinder.contracts.assessment.api.AssessmentsApi;
import io.pathfinder.contracts.model.AssessmentPage;
import io.pathfinder.contracts.model.AssessmentStatus;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The assessments' operations, each on a worker thread. A read that waits (the long poll, marked x-async in the
 * contract) gives its thread back at once and answers when the result is ready.
 */
@Authenticated
@Blocking
public class AssessmentsResource implements AssessmentsApi {

    private final AssessmentService service;
    private final AssessmentJson json;
    private final JsonWebToken token;

    @Context
    UriInfo uriInfo;

    public AssessmentsResource(AssessmentService service, AssessmentJson json, JsonWebToken token) {
        this.service = service;
        this.json = json;
        this.token = token;
    }

    @Override
    public Response submitAssessment(QuestionnaireAnswers answers, String idempotencyKey) {
        AssessmentService.Submission submission = service.submit(tenant(), idempotencyKey, answers);
        URI location = uriInfo.getBaseUriBuilder().path("assessments").path(submission.assessment().id.toString()).build();
        return Response.accepted(json.view(submission.assessment())).location(location).build();
    }

    @Override
    public CompletionStage<Response> getAssessment(UUID id, Integer waitSeconds) {
        return service.await(tenant(), id, Duration.ofSeconds(waitSeconds))
                .map(assessment -> Response.ok(json.view(assessment)).build())
                .subscribeAsCompletionStage();
    }

    @Override
    public Response listAssessments(AssessmentStatus status, Integer page, Integer size) {
        AssessmentPage body = service.list(tenant(), status, page, size);
        return Response.ok(body)
                .header("X-Total-Count", body.getTotal())
                .header("Link", links(page, size, body.getTotal()))
                .build();
    }

    @Override
    public Response deleteAssessment(UUID id) {
        service.delete(tenant(), id);
        return Response.noContent().build();
    }

    private String tenant() {
        return Tenants.of(token);
    }

    private String links(int page, int size, long total) {
        long last = Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(1, size, "first"));
        if (page > 1) {
            links.add(link(page - 1, size, "prev"));
        }
        if (page < last) {
            links.add(link(page + 1, size, "next"));
        }
        links.add(link(last, size, "last"));
        return String.join(", ", links);
    }

    private String link(long page, int size, String rel) {
        URI uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
