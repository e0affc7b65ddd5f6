package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.contracts.catalog.api.CatalogApi;
import io.pathfinder.contracts.model.CatalogSummary;
import io.pathfinder.contracts.model.CatalogVersion;
import io.pathfinder.contracts.model.EntryCounts;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.core.Response;

public class CatalogResource implements CatalogApi {

    private final CurrentCatalog views;
    private final RenderedBodies bodies;

    public CatalogResource(CurrentCatalog views, RenderedBodies bodies) {
        this.views = views;
        this.bodies = bodies;
    }

    @Override
    @NonBlocking
    public Response exportCatalog(String catalog) {
        CatalogView view = views.view(catalog);
        return Response.ok(bodies.of(view, "catalog/export", view::snapshot)).tag(Preconditions.catalogTag(view.version())).build();
    }

    @Override
    @NonBlocking
    public Response getCatalogVersion(String catalog) {
        CatalogView view = views.view(catalog);
        return Response.ok(new CatalogVersion(view.version(), view.updatedAt())).build();
    }

    @Override
    @NonBlocking
    public Response listCatalogs() {
        return Response.ok(views.views().stream()
                .map(view -> new CatalogSummary(view.catalog(), view.version(), view.updatedAt(),
                        new EntryCounts(view.roles().size(), view.skills().size(), view.options().size(),
                                view.paths().size()), view.sources()))
                .toList()).build();
    }
}
