package io.pathfinder.catalog.view;

/** The catalogue a request or an event names, where naming none means the curated one. */
public final class CatalogIds {

    /** Pathfinder's own catalogue, the default everywhere. */
    public static final String CURATED = "curated";

    private CatalogIds() {
    }

    public static String orCurated(String catalog) {
        return catalog == null ? CURATED : catalog;
    }
}
