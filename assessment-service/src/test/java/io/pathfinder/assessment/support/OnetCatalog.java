package io.pathfinder.assessment.support;

import io.pathfinder.contracts.model.CatalogSnapshot;

/**
 * The O*NET sample catalogue (the catalog-data module's resource, made by catalog-import), put on the
 * catalog-changed topic as the catalogue service publishes its {@code onet} catalogue beside the curated one.
 */
public final class OnetCatalog {

    public static final String ID = "onet";
    private static final String RESOURCE = "catalog/onet-29.2-sample.json";
    private static boolean published;

    private OnetCatalog() {
    }

    public static CatalogSnapshot snapshot() {
        return DefaultCatalog.snapshot(RESOURCE);
    }

    /**
     * Publishes the catalogue (once) and waits until the service's copy of it holds all of it, as the questionnaire
     * of a tenant configured for it shows.
     */
    public static synchronized CatalogSnapshot publishAndAwaitCopy(String tenant) throws InterruptedException {
        CatalogSnapshot catalog = snapshot();
        if (!published) {
            DefaultCatalog.publish(catalog, ID);
            published = true;
        }
        DefaultCatalog.awaitCopy(tenant, catalog);
        return catalog;
    }
}
