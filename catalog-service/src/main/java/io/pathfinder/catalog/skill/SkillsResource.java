package io.pathfinder.catalog.skill;

import io.pathfinder.catalog.entry.EntryWrites;
import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.http.EntryResponses;
import io.pathfinder.catalog.http.Pages;
import io.pathfinder.catalog.http.RenderedBodies;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.catalog.api.SkillsApi;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import io.pathfinder.contracts.model.SkillPage;
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

public class SkillsResource implements SkillsApi {

    private static final Map<String, Comparator<Skill>> SORTS = Map.of(
            "name", Comparator.comparing(Skill::getName),
            "slug", Comparator.comparing(Skill::getSlug),
            "category", Comparator.comparing((Skill s) -> s.getCategory().toString()).thenComparing(Skill::getName));

    private final CurrentCatalog views;
    private final EntryWrites writes;
    private final SkillEntries skills;
    private final RenderedBodies bodies;

    public SkillsResource(CurrentCatalog views, EntryWrites writes, SkillEntries skills, RenderedBodies bodies) {
        this.views = views;
        this.writes = writes;
        this.skills = skills;
        this.bodies = bodies;
    }

    @Override
    @NonBlocking
    public Response listSkills(String catalog, SkillCategory category, String q, String sort, Integer page, Integer size) {
        Comparator<Skill> order = sortOrder(sort);
        CatalogView view = views.view(catalog);
        List<String> words = q == null ? List.of()
                : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<Skill> matching = view.skills().values().stream()
                .map(Versioned::value)
                .filter(skill -> category == null || skill.getCategory() == category)
                .filter(skill -> {
                    String text = (skill.getName() + " " + skill.getDescription()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(text::contains);
                })
                .sorted(order)
                .toList();
        Pages pages = new Pages(page, size);
        UriBuilder query = UriBuilder.fromPath("/skills");
        Pages.addFilter(query, "catalog", catalog);
        Pages.addFilter(query, "category", category);
        Pages.addFilter(query, "q", q);
        Pages.addFilter(query, "sort", sort);
        return pages.headers(Response.ok(bodies.of(view,
                                Arrays.asList("skills", category, q, sort, page, size),
                                () -> new SkillPage(page, size, (long) matching.size(), pages.slice(matching)))),
                        query, matching.size())
                .tag(Preconditions.catalogTag(view.version()))
                .build();
    }

    @Override
    @NonBlocking
    public Response getSkill(String slug, String catalog) {
        CatalogView view = views.view(catalog);
        Versioned<Skill> skill = find(view, slug);
        return EntryResponses.read(bodies.of(view, "skills/" + slug, skill::value), skill);
    }

    @Override
    @NonBlocking
    public Response listSkillRoles(String slug, String catalog) {
        CatalogView view = views.view(catalog);
        find(view, slug);
        return Response.ok(view.rolesBySkill().getOrDefault(slug, List.of())).build();
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response createSkill(Skill skill, String catalog) {
        return EntryResponses.created("skills", skill.getSlug(), catalog,
                writes.create(CatalogIds.orCurated(catalog), skills, skill));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response updateSkill(String slug, String ifMatch, Skill skill, String catalog) {
        return EntryResponses.ok(writes.update(CatalogIds.orCurated(catalog), skills, slug, ifMatch, skill));
    }

    @Override
    @RolesAllowed("catalog-admin")
    public Response deleteSkill(String slug, String catalog, String ifMatch, Boolean cascade) {
        writes.delete(CatalogIds.orCurated(catalog), skills, slug, ifMatch, Boolean.TRUE.equals(cascade));
        return Response.noContent().build();
    }

    private static Versioned<Skill> find(CatalogView view, String slug) {
        Versioned<Skill> skill = view.skills().get(slug);
        if (skill == null) {
            throw ProblemException.notFound("No skill with slug '" + slug + "'.");
        }
        return skill;
    }

    private static Comparator<Skill> sortOrder(String sort) {
        boolean descending = sort.startsWith("-");
        Comparator<Skill> order = SORTS.get(descending ? sort.substring(1) : sort);
        if (order == null) {
            throw ProblemException.invalid(List.of(new FieldError("query.sort",
                    "must be one of name, -name, slug, -slug, category, -category")));
        }
        return descending ? order.reversed() : order;
    }
}
