package io.pathfinder.assessment.questionnaire;

import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.contracts.assessment.api.QuestionnaireApi;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

public class QuestionnaireResource implements QuestionnaireApi {

    private final QuestionnaireDefinition definition;
    private final CatalogCopy catalog;

    @Context
    Request request;

    public QuestionnaireResource(QuestionnaireDefinition definition, CatalogCopy catalog) {
        this.definition = definition;
        this.catalog = catalog;
    }

    @Override
    public Response getQuestionnaire() {
        if (!catalog.isReady()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The service holds no catalogue yet; retry shortly.");
        }
        EntityTag tag = new EntityTag("q" + QuestionnaireDefinition.VERSION + "-c" + catalog.version(), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(definition.current()).tag(tag).cacheControl(cache).build();
    }
}
