package io.pathfinder.catalog.role;

import io.pathfinder.catalog.entry.EntryWrites;
import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.EntryResponses;
import io.pathfinder.catalog.http.Pages;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.catalog.api.RolesApi;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.RoleFamily;
import io.pathfinder.contracts.model.RolePage;
import io.pathfinder.contracts.model.RoleRequiringSkill;
import io.pathfinder.contracts.model.RoleSummary;
import io.pathfinder.problems.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class RolesResource implements RolesApi {

    private static final Map<String, Comparator<Role>> SORTS = Map.of(
            "title", Comparator.comparing(Role::getTitle),
            "slug", Comparator.comparing(Role::getSlug),
            "family", Comparator.comparing((Role r) -> r.getFamily().toString()).thenComparing(Role::getTitle));

    private final CurrentCatalog views;
    private final EntryWrites writes;
    private final RoleEntries roles;
    private final RenderedBodies bodies;

    public RolesResource(CurrentCatalog views, EntryWrites writes, RoleEntries roles, RenderedBodies bodies) {
        this.views = views;
        this.writes = writes;
        this.roles = roles;
        this.bodies = bodies;
    }

    @Override
    @NonBlocking
    public Response listRoles(String catalog, RoleFamily family, String skill, String option, String q, String sort, Integer page, Integer size) {
        Comparator<Role> order = sortOrder(sort);
        CatalogView view = views.view(catalog);
        Set<String> requiringSkill = skill == null ? null : view.rolesBySkill().getOrDefault(skill, List.of()).stream()
                .map(RoleRequiringSkill::getRole).collect(Collectors.toSet());
        Set<String> reachable = option == null ? null : view.rolesByOption().getOrDefault(option, Set.of());
        List<Role> matching = view.roles().values().stream()
                .map(Versioned::value)
                .filter(role -> family == null || role.getFamily() == family)
                .filter(role -> requiringSkill == null || requiringSkill.contains(role.getSlug()))
                .filter(role -> reachable == null || reachable.contains(role.getSlug()))
                .filter(containsWords(q))
                .sorted(order)
                .toList();
        Pages pages = new Pages(page, size);
        Supplier<RolePage> body = () -> new RolePage(page, size, (long) matching.size(), pages.slice(matching).stream()
                .map(r -> new RoleSummary(r.getSlug(), r.getTitle(), r.getFamily(), r.getSummary())
                        .specialisation(r.getSpecialisation()))
                .toList());
        UriBuilder query = UriBuilder.fromPath("/roles");
        Pages.addFilter(query, "catalog", catalog);
        Pages.addFilter(query, "family", family);
        Pages.addFilter(query, "skill", skill);
        Pages.addFilter(query, "option", option);
        Pages.addFilter(query, "q", q);
        Pages.addFilter(query, "sort", sort);
        return pages.headers(Response.ok(bodies.of(view, Arrays.asList("roles", family, skill, option, q, sort, page, size), body)), query, matching.size())
                .tag(Preconditions.catalogTag(view.version()))
                .build();
    }

    @Override
    @NonBlocking
    public Response getRole(String slug, String catalog) {
        CatalogView view = views.view(catalog);
        Versioned<Role> role = find(view, slug);
        return EntryResponses.read(bodies.of(view, "roles/" + slug, role::value), role);
    }

    @Override
    @NonBlocking
    public Response listRoleRequirements(String slug, String catalog) {
        return Response.ok(find(views.view(catalog), slug).value().getRequirements()).build();
    }

    @Override
    @NonBlocking
    public Response listRolePaths(String slug, String catalog, String option, Integer maxEffortMonths) {
        CatalogView view = views.view(catalog);
        find(view, slug);
        return Response.ok(view.pathsFrom().getOrDefault(slug, List.of()).stream()
                .filter(path -> option == null || path.getOption().equals(option))
                .filter(path -> maxEffortMonths == null || path.getEffortMonths() <= maxEffortMonths)
                .toList()).build();
    }

    @Override
    @NonBlocking
    public Response compareRoles(String slug, String other, String catalog) {
        CatalogView view = views.view(catalog);
        return Response.ok(RoleComparisons.compare(find(view, slug).value(), find(view, other).value(), view.skills()))
                .build();
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response createRole(Role role, String catalog) {
        return EntryResponses.created("roles", role.getSlug(), catalog,
                writes.create(CatalogIds.orCurated(catalog), roles, role));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response updateRole(String slug, String ifMatch, Role role, String catalog) {
        return EntryResponses.ok(writes.update(CatalogIds.orCurated(catalog), roles, slug, ifMatch, role));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response deleteRole(String slug, String catalog, String ifMatch, Boolean cascade) {
        writes.delete(CatalogIds.orCurated(catalog), roles, slug, ifMatch, Boolean.TRUE.equals(cascade));
        return Response.noContent().build();
    }

    private static Versioned<Role> find(CatalogView view, String slug) {
        Versioned<Role> role = view.roles().get(slug);
        if (role == null) {
            throw ProblemException.notFound("No role with slug '" + slug + "'.");
        }
        return role;
    }

    static Comparator<Role> sortOrder(String sort) {
        boolean descending = sort.startsWith("-");
        Comparator<Role> order = SORTS.get(descending ? sort.substring(1) : sort);
        if (order == null) {
            throw ProblemException.invalid(List.of(new FieldError("query.sort",
                    "must be one of title, -title, slug, -slug, family, -family")));
        }
        return descending ? order.reversed() : order;
    }

    private static Predicate<Role> containsWords(String q) {
        if (q == null || q.isBlank()) {
            return role -> true;
        }
        List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return role -> {
            String text = (role.getTitle() + " " + role.getSummary()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        };
    }
}
