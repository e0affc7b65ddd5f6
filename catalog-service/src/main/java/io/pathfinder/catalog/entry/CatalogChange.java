package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;

/** One entry a transaction upserted (with its new state) or deleted (state null). */
public record CatalogChange(EntityTypeEnum entityType, String slug, Object state) {

    public static CatalogChange upserted(EntityTypeEnum entityType, String slug, Object state) {
        return new CatalogChange(entityType, slug, state);
    }

    public static CatalogChange deleted(EntityTypeEnum entityType, String slug) {
        return new CatalogChange(entityType, slug, null);
    }

    public String key() {
        return entityType + ":" + slug;
    }
}
