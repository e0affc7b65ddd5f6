package io.pathfinder.catalog.option;

import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.TransitionOption;
import jakarta.inject.Singleton;

/** Transition options; the paths that take one say so when it is deleted. */
@Singleton
public class OptionEntries extends EntryKind<OptionEntity, TransitionOption> {

    private final EntryDocuments documents;

    public OptionEntries(EntryDocuments documents) {
        super(EntityTypeEnum.OPTION, TransitionOption::getSlug, slug -> OptionEntity.findById(slug), OptionEntity::new,
                () -> OptionEntity.count());
        this.documents = documents;
    }

    @Override
    public void fill(OptionEntity entity, TransitionOption option) {
        entity.slug = option.getSlug();
        entity.document = documents.write(option);
    }

    @Override
    public TransitionOption read(OptionEntity entity) {
        return documents.read(entity.document, TransitionOption.class);
    }
}
