package io.pathfinder.catalog.view;

import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The view every read uses; replaced as a whole whenever the catalogue changes.
 *
 * <p>On many instances a view only ever moves forward: it is a whole committed catalogue read from
 * the database at one catalogue version, and a view never replaces one of a higher version. That
 * version is as good as a version per entry here: every entry of a view at version v is in its state
 * as of v, so a change event whose catalogVersion is not above v is already in the view (it is
 * ignored), and a newer one reloads the whole view. Applying events entry by entry instead could
 * show a path whose role has not arrived yet; the database snapshot cannot.
 */
@ApplicationScoped
public class CurrentCatalog {

    private final CatalogSource source;
    private final AtomicReference<CatalogView> current = new AtomicReference<>();

    public CurrentCatalog(CatalogSource source) {
        this.source = source;
    }

    public CatalogView view() {
        CatalogView view = current.get();
        if (view == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The catalogue is still loading.");
        }
        return view;
    }

    /** Reloads from the database; a slower concurrent reload never replaces a newer view. */
    public void refresh() {
        CatalogView loaded = source.load();
        current.accumulateAndGet(loaded, (old, fresh) -> old == null || fresh.version() >= old.version() ? fresh : old);
    }

    /** Reloads only when another instance has committed a version this one has not seen; says whether it did. */
    public boolean refreshIfOlderThan(long version) {
        CatalogView view = current.get();
        if (view == null || view.version() < version) {
            refresh();
            return true;
        }
        return false;
    }
}
