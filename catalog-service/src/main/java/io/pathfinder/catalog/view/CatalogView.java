package io.pathfinder.catalog.view;

import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.CatalogSource;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.RoleRequiringSkill;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One whole catalogue at one version, with the indexes reads need. Built once from the database and
 * never changed afterwards: a change builds a new view and swaps it in, so readers need no locks.
 *
 * @param catalog the catalogue's id
 * @param sources where its data comes from, as its import file said (empty when it said nothing)
 */
public record CatalogView(
        String catalog,
        long version,
        OffsetDateTime updatedAt,
        List<CatalogSource> sources,
        Map<String, Versioned<TransitionOption>> options,
        Map<String, Versioned<Skill>> skills,
        Map<String, Versioned<Role>> roles,
        Map<String, Versioned<TransitionPath>> paths,
        Map<String, List<RoleRequiringSkill>> rolesBySkill,
        Map<String, List<TransitionPath>> pathsFrom,
        Map<String, Set<String>> rolesByOption) {

    public static final Comparator<TransitionPath> LEAST_EFFORT_FIRST = Comparator
            .comparing(TransitionPath::getEffortMonths)
            .thenComparing(TransitionPath::getSlug);

    public static CatalogView of(String catalog, long version, OffsetDateTime updatedAt, List<CatalogSource> sources,
                                 List<Versioned<TransitionOption>> options, List<Versioned<Skill>> skills,
                                 List<Versioned<Role>> roles, List<Versioned<TransitionPath>> paths) {
        Map<String, List<RoleRequiringSkill>> rolesBySkill = roles.stream()
                .map(Versioned::value)
                .flatMap(role -> role.getRequirements().stream().map(requirement -> Map.entry(requirement.getSkill(),
                        new RoleRequiringSkill(role.getSlug(), role.getTitle(), requirement.getImportance(),
                                requirement.getLevel()))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.collectingAndThen(
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()),
                        list -> list.stream().sorted(Comparator
                                .comparing(RoleRequiringSkill::getImportance, Comparator.reverseOrder())
                                .thenComparing(RoleRequiringSkill::getRole)).toList())));
        Map<String, List<TransitionPath>> pathsFrom = paths.stream()
                .map(Versioned::value)
                .collect(Collectors.groupingBy(TransitionPath::getFrom, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(LEAST_EFFORT_FIRST).toList())));
        Map<String, Set<String>> rolesByOption = paths.stream()
                .map(Versioned::value)
                .collect(Collectors.groupingBy(TransitionPath::getOption,
                        Collectors.mapping(TransitionPath::getTo, Collectors.toUnmodifiableSet())));
        return new CatalogView(catalog, version, updatedAt, List.copyOf(sources), bySlug(options, TransitionOption::getSlug),
                bySlug(skills, Skill::getSlug), bySlug(roles, Role::getSlug), bySlug(paths, TransitionPath::getSlug),
                Map.copyOf(rolesBySkill), Map.copyOf(pathsFrom), Map.copyOf(rolesByOption));
    }

    /** The catalogue in the shape of the import file; its sources go with it, as their licences ask. */
    public CatalogSnapshot snapshot() {
        return new CatalogSnapshot(version, values(options), values(skills), values(roles), values(paths))
                .sources(sources);
    }

    private static <T> Map<String, Versioned<T>> bySlug(List<Versioned<T>> entries, Function<T, String> slug) {
        Map<String, Versioned<T>> map = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(entry -> slug.apply(entry.value())))
                .forEach(entry -> map.put(slug.apply(entry.value()), entry));
        return Collections.unmodifiableMap(map);
    }

    private static <T> List<T> values(Map<String, Versioned<T>> map) {
        return map.values().stream().map(Versioned::value).toList();
    }
}
