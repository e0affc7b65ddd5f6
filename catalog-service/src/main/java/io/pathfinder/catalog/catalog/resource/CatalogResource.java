package io.pathfinder.catalog.catalog.resource;

import io.pathfinder.catalog.catalog.service.CatalogView;
import io.pathfinder.catalog.catalog.service.CurrentCatalog;
import io.pathfinder.catalog.catalog.service.Preconditions;
import io.pathfinder.contracts.catalog.api.CatalogApi;
import io.pathfinder.contracts.model.CatalogVersion;
import jakarta.ws.rs.core.Response;

public class CatalogResource implements CatalogApi {

    private final CurrentCatalog catalog;

    public CatalogResource(CurrentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Response exportCatalog() {
        CatalogView view = catalog.view();
        return Response.ok(view.snapshot()).tag(Preconditions.catalogTag(view.version())).build();
    }

    @Override
    public Response getCatalogVersion() {
        CatalogView view = catalog.view();
        return Response.ok(new CatalogVersion(view.version(), view.updatedAt())).build();
    }
}
