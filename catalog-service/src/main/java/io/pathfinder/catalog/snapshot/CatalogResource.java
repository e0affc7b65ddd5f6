package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.contracts.catalog.api.CatalogApi;
import io.pathfinder.contracts.model.CatalogVersion;
import jakarta.ws.rs.core.Response;

public class CatalogResource implements CatalogApi {

    private final CurrentCatalog catalog;
    private final RenderedBodies bodies;

    public CatalogResource(CurrentCatalog catalog, RenderedBodies bodies) {
        this.catalog = catalog;
        this.bodies = bodies;
    }

    @Override
    public Response exportCatalog() {
        CatalogView view = catalog.view();
        return Response.ok(bodies.of(view, "catalog/export", view::snapshot)).tag(Preconditions.catalogTag(view.version())).build();
    }

    @Override
    public Response getCatalogVersion() {
        CatalogView view = catalog.view();
        return Response.ok(new CatalogVersion(view.version(), view.updatedAt())).build();
    }
}
