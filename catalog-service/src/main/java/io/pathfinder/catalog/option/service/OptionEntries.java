package io.pathfinder.catalog.option.service;

import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.Dependents;
import io.pathfinder.catalog.catalog.service.EntryKind;
import io.pathfinder.catalog.option.entity.OptionEntity;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.catalog.path.service.PathEntries;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.TransitionOption;
import jakarta.enterprise.context.ApplicationScoped;

/** Transition options; deleting one with a cascade deletes the paths that take it. */
@ApplicationScoped
public class OptionEntries implements EntryKind<OptionEntity, TransitionOption> {

    private final CatalogDocuments documents;

    public OptionEntries(CatalogDocuments documents) {
        this.documents = documents;
    }

    @Override
    public EntityTypeEnum type() {
        return EntityTypeEnum.OPTION;
    }

    @Override
    public String slug(TransitionOption option) {
        return option.getSlug();
    }

    @Override
    public OptionEntity find(String slug) {
        return OptionEntity.findById(slug);
    }

    @Override
    public OptionEntity newEntity() {
        return new OptionEntity();
    }

    @Override
    public void fill(OptionEntity entity, TransitionOption option) {
        documents.fill(entity, option);
    }

    @Override
    public TransitionOption read(OptionEntity entity) {
        return documents.option(entity);
    }

    @Override
    public Dependents dependents(String slug) {
        return PathEntries.deletedWith("Option '" + slug + "'", PathEntity.usingOption(slug));
    }
}
