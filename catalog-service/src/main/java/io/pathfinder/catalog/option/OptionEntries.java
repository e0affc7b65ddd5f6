package io.pathfinder.catalog.option;

import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.TransitionOption;
import jakarta.inject.Singleton;

/** Transition options; the paths that take one say so when it is deleted. */
@Singleton
public class OptionEntries extends EntryKind<OptionEntity, TransitionOption> {

    public OptionEntries(EntryDocuments documents) {
        super(EntityTypeEnum.OPTION, TransitionOption.class, TransitionOption::getSlug,
                OptionEntity.class, OptionEntity::new, documents);
    }
}
