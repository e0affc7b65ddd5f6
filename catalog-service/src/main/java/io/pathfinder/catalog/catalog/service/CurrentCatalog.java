package io.pathfinder.catalog.catalog.service;

import io.pathfinder.catalog.problem.service.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The view every read uses; replaced as a whole whenever the catalogue changes. */
@ApplicationScoped
public class CurrentCatalog {

    private final CatalogStore store;
    private final AtomicReference<CatalogView> current = new AtomicReference<>();

    public CurrentCatalog(CatalogStore store) {
        this.store = store;
    }

    public CatalogView view() {
        CatalogView view = current.get();
        if (view == null) {
            throw ProblemException.unavailable("The catalogue is still loading.");
        }
        return view;
    }

    /** Reloads from the database; a slower concurrent reload never replaces a newer view. */
    public void refresh() {
        CatalogView loaded = store.load();
        current.accumulateAndGet(loaded, (old, fresh) -> old == null || fresh.version() >= old.version() ? fresh : old);
    }

    /** Reloads only when another instance has committed a version this one has not seen. */
    public void refreshIfOlderThan(long version) {
        CatalogView view = current.get();
        if (view == null || view.version() < version) {
            refresh();
        }
    }
}
