package io.pathfinder.catalog.option;

import io.pathfinder.catalog.entry.EntryWrites;
import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.EntryResponses;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.catalog.api.OptionsApi;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.problems.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

public class OptionsResource implements OptionsApi {

    private final CurrentCatalog views;
    private final EntryWrites writes;
    private final OptionEntries options;
    private final RenderedBodies bodies;

    public OptionsResource(CurrentCatalog views, EntryWrites writes, OptionEntries options, RenderedBodies bodies) {
        this.views = views;
        this.writes = writes;
        this.options = options;
        this.bodies = bodies;
    }

    @Override
    @NonBlocking
    public Response listOptions(String catalog) {
        CatalogView view = views.view(catalog);
        return Response.ok(bodies.of(view, "options", () -> view.options().values().stream().map(Versioned::value).toList()))
                .tag(Preconditions.catalogTag(view.version())).build();
    }

    @Override
    @NonBlocking
    public Response getOption(String slug, String catalog) {
        CatalogView view = views.view(catalog);
        Versioned<TransitionOption> option = view.options().get(slug);
        if (option == null) {
            throw ProblemException.notFound("No option with slug '" + slug + "'.");
        }
        return EntryResponses.read(bodies.of(view, "options/" + slug, option::value), option);
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response createOption(TransitionOption option, String catalog) {
        return EntryResponses.created("options", option.getSlug(), catalog,
                writes.create(CatalogIds.orCurated(catalog), options, option));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response updateOption(String slug, String ifMatch, TransitionOption option, String catalog) {
        return EntryResponses.ok(writes.update(CatalogIds.orCurated(catalog), options, slug, ifMatch, option));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response deleteOption(String slug, String catalog, String ifMatch, Boolean cascade) {
        writes.delete(CatalogIds.orCurated(catalog), options, slug, ifMatch, Boolean.TRUE.equals(cascade));
        return Response.noContent().build();
    }
}
