package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;

/**
 * The entries of one type that name entries of other types. The type that names knows where it does, so a delete
 * asks every type for its dependents and no type needs to know who names it. An entry names only entries of its
 * own catalogue.
 */
public interface Referrers {

    /** The entries of this type in the catalogue that name the given entry, or {@link Dependents#NONE}. */
    Dependents naming(String catalog, EntityTypeEnum type, String slug);
}
