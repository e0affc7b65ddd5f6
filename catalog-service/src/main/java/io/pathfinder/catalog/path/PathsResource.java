package io.pathfinder.catalog.path;

import io.pathfinder.catalog.entry.EntryWrites;
import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.EntryResponses;
import io.pathfinder.catalog.http.Pages;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.catalog.api.PathsApi;
import io.pathfinder.contracts.model.PathPage;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.problems.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;

public class PathsResource implements PathsApi {

    private final CurrentCatalog views;
    private final EntryWrites writes;
    private final PathEntries paths;
    private final RenderedBodies bodies;

    public PathsResource(CurrentCatalog views, EntryWrites writes, PathEntries paths, RenderedBodies bodies) {
        this.views = views;
        this.writes = writes;
        this.paths = paths;
        this.bodies = bodies;
    }

    @Override
    @NonBlocking
    public Response listPaths(String catalog, String from, String to, String option, Integer maxEffortMonths, Integer page, Integer size) {
        CatalogView view = views.view(catalog);
        List<TransitionPath> matching = view.paths().values().stream()
                .map(Versioned::value)
                .filter(path -> from == null || path.getFrom().equals(from))
                .filter(path -> to == null || path.getTo().equals(to))
                .filter(path -> option == null || path.getOption().equals(option))
                .filter(path -> maxEffortMonths == null || path.getEffortMonths() <= maxEffortMonths)
                .sorted(CatalogView.LEAST_EFFORT_FIRST)
                .toList();
        Pages pages = new Pages(page, size);
        UriBuilder query = UriBuilder.fromPath("/paths");
        Pages.addFilter(query, "catalog", catalog);
        Pages.addFilter(query, "from", from);
        Pages.addFilter(query, "to", to);
        Pages.addFilter(query, "option", option);
        Pages.addFilter(query, "maxEffortMonths", maxEffortMonths);
        return pages.headers(Response.ok(bodies.of(view,
                                Arrays.asList("paths", from, to, option, maxEffortMonths, page, size),
                                () -> new PathPage(page, size, (long) matching.size(), pages.slice(matching)))),
                        query, matching.size())
                .tag(Preconditions.catalogTag(view.version()))
                .build();
    }

    @Override
    @NonBlocking
    public Response getPath(String slug, String catalog) {
        CatalogView view = views.view(catalog);
        Versioned<TransitionPath> path = view.paths().get(slug);
        if (path == null) {
            throw ProblemException.notFound("No path with slug '" + slug + "'.");
        }
        return EntryResponses.read(bodies.of(view, "paths/" + slug, path::value), path);
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response createPath(TransitionPath path, String catalog) {
        return EntryResponses.created("paths", path.getSlug(), catalog,
                writes.create(CatalogIds.orCurated(catalog), paths, path));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response updatePath(String slug, String ifMatch, TransitionPath path, String catalog) {
        return EntryResponses.ok(writes.update(CatalogIds.orCurated(catalog), paths, slug, ifMatch, path));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response deletePath(String slug, String catalog, String ifMatch) {
        writes.delete(CatalogIds.orCurated(catalog), paths, slug, ifMatch, false);
        return Response.noContent().build();
    }
}
