package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.option.OptionEntity;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.catalog.view.CatalogView;
import io.pathfinder.catalog.view.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/** Reads the whole catalogue from the database in one transaction, so the view is consistent. */
@ApplicationScoped
public class CatalogStore {

    private final CatalogDocuments documents;

    public CatalogStore(CatalogDocuments documents) {
        this.documents = documents;
    }

    @Transactional
    public CatalogView load() {
        CatalogVersionEntity version = CatalogVersionEntity.current();
        return CatalogView.of(version.version, version.updatedAt,
                versioned(OptionEntity.<OptionEntity>listAll(), documents::option, e -> e.version),
                versioned(SkillEntity.<SkillEntity>listAll(), documents::skill, e -> e.version),
                versioned(RoleEntity.<RoleEntity>listAll(), documents::role, e -> e.version),
                versioned(PathEntity.<PathEntity>listAll(), documents::path, e -> e.version));
    }

    private static <E, T> List<Versioned<T>> versioned(List<E> entities, Function<E, T> model, Function<E, Long> version) {
        return entities.stream().map(e -> new Versioned<>(model.apply(e), version.apply(e))).toList();
    }
}
