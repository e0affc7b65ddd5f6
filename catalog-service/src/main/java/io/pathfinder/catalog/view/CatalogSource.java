package io.pathfinder.catalog.view;

/** Where a whole view comes from: reading it needs every entry type, which the view itself does not know. */
public interface CatalogSource {

    /** The committed catalogue, read consistently at one version. */
    CatalogView load();
}
