package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.option.OptionEntries;
import io.pathfinder.catalog.path.PathEntries;
import io.pathfinder.catalog.role.RoleEntries;
import io.pathfinder.catalog.skill.SkillEntries;
import io.pathfinder.catalog.view.CatalogSource;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a whole catalogue from the database in one transaction, so its view is consistent. */
@ApplicationScoped
public class CatalogStore implements CatalogSource {

    private final EntryDocuments documents;
    private final OptionEntries options;
    private final SkillEntries skills;
    private final RoleEntries roles;
    private final PathEntries paths;

    public CatalogStore(EntryDocuments documents, OptionEntries options, SkillEntries skills, RoleEntries roles,
            PathEntries paths) {
        this.documents = documents;
        this.options = options;
        this.skills = skills;
        this.roles = roles;
        this.paths = paths;
    }

    @Override
    @Transactional
    public Map<String, Long> versions() {
        return CatalogVersionEntity.all().stream()
                .collect(Collectors.toMap(row -> row.catalog, row -> row.version));
    }

    @Override
    @Transactional
    public CatalogView load(String catalog) {
        CatalogVersionEntity version = CatalogVersionEntity.of(catalog);
        if (version == null) {
            return null;
        }
        return CatalogView.of(catalog, version.version, version.updatedAt, sources(version),
                versioned(options, catalog), versioned(skills, catalog), versioned(roles, catalog),
                versioned(paths, catalog));
    }

    private List<io.pathfinder.contracts.model.CatalogSource> sources(CatalogVersionEntity version) {
        return version.sources == null ? List.of()
                : Arrays.asList(documents.read(version.sources, io.pathfinder.contracts.model.CatalogSource[].class));
    }

    private static <E extends CatalogEntryEntity, T> List<Versioned<T>> versioned(EntryKind<E, T> kind, String catalog) {
        return kind.all(catalog).stream().map(e -> new Versioned<>(kind.read(e), e.version)).toList();
    }
}
