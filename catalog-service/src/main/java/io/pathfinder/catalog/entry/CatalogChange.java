package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;

/** One entry of one catalogue a transaction upserted (with its new state) or deleted (state null). */
public record CatalogChange(String catalog, EntityTypeEnum entityType, String slug, Object state) {

    public static CatalogChange upserted(String catalog, EntityTypeEnum entityType, String slug, Object state) {
        return new CatalogChange(catalog, entityType, slug, state);
    }

    public static CatalogChange deleted(String catalog, EntityTypeEnum entityType, String slug) {
        return new CatalogChange(catalog, entityType, slug, null);
    }

    /** The record key on the topic: catalog:entityType:slug. */
    public String key() {
        return catalog + ":" + entityType + ":" + slug;
    }
}
