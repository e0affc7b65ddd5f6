package io.pathfinder.catalog.view;

import java.util.Map;

/** Where whole views come from: reading one needs every entry type, which the view itself does not know. */
public interface CatalogSource {

    /** Every catalogue there is, by id, with its committed version. */
    Map<String, Long> versions();

    /** The committed catalogue, read consistently at one version; null when there is no such catalogue. */
    CatalogView load(String catalog);
}
