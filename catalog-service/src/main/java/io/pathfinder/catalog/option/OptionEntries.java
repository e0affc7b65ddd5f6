package io.pathfinder.catalog.option;

import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.path.PathEntries;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.TransitionOption;
import jakarta.inject.Singleton;

/** Transition options; deleting one with a cascade deletes the paths that take it. */
@Singleton
public class OptionEntries extends EntryKind<OptionEntity, TransitionOption> {


    public OptionEntries(CatalogDocuments documents) {
        super(EntityTypeEnum.OPTION, TransitionOption::getSlug, slug -> OptionEntity.findById(slug), OptionEntity::new,
                documents::fill, documents::option);
    }

    @Override
    protected Dependents dependents(String slug) {
        return PathEntries.deletedWith("Option '" + slug + "'", PathEntity.usingOption(slug));
    }
}
