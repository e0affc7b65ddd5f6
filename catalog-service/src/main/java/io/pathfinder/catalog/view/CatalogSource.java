package io.pathfinder.catalog.view;

import java.util.List;

/** Where whole views come from: reading one needs every entry type, which the view itself does not know. */
public interface CatalogSource {

    /** The ids of every catalogue there is. */
    List<String> catalogs();

    /** The committed catalogue, read consistently at one version; null when there is no such catalogue. */
    CatalogView load(String catalog);
}
