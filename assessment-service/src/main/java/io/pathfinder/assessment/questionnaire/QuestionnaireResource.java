package io.pathfinder.assessment.questionnaire;

import io.pathfinder.assessment.catalogcopy.CatalogCopies;
import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.tenant.TenantCatalogs;
import io.pathfinder.contracts.assessment.api.QuestionnaireApi;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The questionnaire needs no token: without one it is the default catalogue's, with a tenant's token that tenant's
 * catalogue's. Either may be cached for a minute, so caches keep one per Authorization.
 */
public class QuestionnaireResource implements QuestionnaireApi {

    private final QuestionnaireDefinition definition;
    private final CatalogCopies copies;
    private final TenantCatalogs tenantCatalogs;
    private final JsonWebToken token;

    @Context
    Request request;

    public QuestionnaireResource(QuestionnaireDefinition definition, CatalogCopies copies,
            TenantCatalogs tenantCatalogs, JsonWebToken token) {
        this.definition = definition;
        this.copies = copies;
        this.tenantCatalogs = tenantCatalogs;
        this.token = token;
    }

    @Override
    public Response getQuestionnaire() {
        String catalog = catalogOfCaller();
        CatalogCopy copy = copies.readyOrUnavailable(catalog);
        EntityTag tag = new EntityTag("q" + QuestionnaireDefinition.VERSION + "-" + catalog + "-c" + copy.version(), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        return Response.ok(definition.current(copy)).tag(tag).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** The caller's tenant's catalogue; the default for a call without a token, or with one naming no tenant. */
    private String catalogOfCaller() {
        String tenant = token.getClaim("tenant");
        return tenant == null || tenant.isBlank() ? tenantCatalogs.defaultCatalog() : tenantCatalogs.of(tenant);
    }
}
