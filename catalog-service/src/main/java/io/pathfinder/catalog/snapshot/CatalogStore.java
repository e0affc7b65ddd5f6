package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.option.OptionEntity;
import io.pathfinder.catalog.option.OptionEntries;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.path.PathEntries;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.catalog.role.RoleEntries;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.catalog.skill.SkillEntries;
import io.pathfinder.catalog.view.CatalogSource;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the whole catalogue from the database in one transaction, so the view is consistent. */
@ApplicationScoped
public class CatalogStore implements CatalogSource {

    private final OptionEntries options;
    private final SkillEntries skills;
    private final RoleEntries roles;
    private final PathEntries paths;

    public CatalogStore(OptionEntries options, SkillEntries skills, RoleEntries roles, PathEntries paths) {
        this.options = options;
        this.skills = skills;
        this.roles = roles;
        this.paths = paths;
    }

    @Override
    @Transactional
    public CatalogView load() {
        CatalogVersionEntity version = CatalogVersionEntity.current();
        return CatalogView.of(version.version, version.updatedAt,
                versioned(OptionEntity.<OptionEntity>listAll(), options),
                versioned(SkillEntity.<SkillEntity>listAll(), skills),
                versioned(RoleEntity.<RoleEntity>listAll(), roles),
                versioned(PathEntity.<PathEntity>listAll(), paths));
    }

    private static <E extends CatalogEntryEntity, T> List<Versioned<T>> versioned(List<E> entities, EntryKind<E, T> kind) {
        return entities.stream().map(e -> new Versioned<>(kind.read(e), e.version)).toList();
    }
}
