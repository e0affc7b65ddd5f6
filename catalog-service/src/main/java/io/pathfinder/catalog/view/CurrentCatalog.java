package io.pathfinder.catalog.view;

import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The views every read uses, one per catalogue; a catalogue's view is replaced as a whole whenever that catalogue
 * changes, and the map of them is swapped atomically.
 *
 * <p>On many instances a view only ever moves forward: it is a whole committed catalogue read from
 * the database at one version of that catalogue, and a view never replaces one of a higher version. That
 * version is as good as a version per entry here: every entry of a view at version v is in its state
 * as of v, so a change event of that catalogue whose catalogVersion is not above v is already in the view
 * (it is ignored), and a newer one reloads the whole view. Applying events entry by entry instead could
 * show a path whose role has not arrived yet; the database snapshot cannot.
 */
@ApplicationScoped
public class CurrentCatalog {

    private final CatalogSource source;
    /** Null until the first load: reads are refused as the service still loading, not as unknown catalogues. */
    private final AtomicReference<Map<String, CatalogView>> current = new AtomicReference<>();

    public CurrentCatalog(CatalogSource source) {
        this.source = source;
    }

    /** The view of the catalogue named (null: the curated one). */
    public CatalogView view(String catalog) {
        String id = CatalogIds.orCurated(catalog);
        CatalogView view = loaded().get(id);
        if (view == null) {
            throw ProblemException.notFound("No catalogue '" + id + "'.");
        }
        return view;
    }

    /** Every catalogue's view, by id. */
    public List<CatalogView> views() {
        return loaded().values().stream().sorted(Comparator.comparing(CatalogView::catalog)).toList();
    }

    /**
     * Brings every catalogue's view up to the database: all are loaded the first time, and after that each one whose
     * committed version is newer than its view's (or that has none). Callers take turns, so of the start-up load and
     * the catalog-changed consumer's, the second finds the first's views and, nothing having changed, only reads the
     * versions.
     */
    public synchronized void refresh() {
        Map<String, CatalogView> views = current.get();
        offer(source.versions().entrySet().stream()
                .filter(committed -> views == null || !views.containsKey(committed.getKey())
                        || views.get(committed.getKey()).version() < committed.getValue())
                .map(committed -> source.load(committed.getKey()))
                .filter(Objects::nonNull)
                .toList(), true);
    }

    /** Reloads one catalogue; a slower concurrent reload never replaces a newer view. */
    public void refresh(String catalog) {
        CatalogView loaded = source.load(catalog);
        if (loaded != null) {
            offer(List.of(loaded), false);
        }
    }

    /** Before the first whole load, one catalogue's view is not taken: the others would look unknown, not loading. */
    private void offer(List<CatalogView> loaded, boolean whole) {
        current.updateAndGet(views -> {
            if (views == null && !whole) {
                return null;
            }
            Map<String, CatalogView> next = new HashMap<>(views == null ? Map.of() : views);
            loaded.forEach(view -> next.merge(view.catalog(), view,
                    (old, fresh) -> fresh.version() >= old.version() ? fresh : old));
            return Map.copyOf(next);
        });
    }

    /**
     * Reloads a catalogue only when another instance has committed a version of it this one has not seen; says
     * whether it did.
     */
    public boolean refreshIfOlderThan(String catalog, long version) {
        Map<String, CatalogView> views = current.get();
        CatalogView view = views == null ? null : views.get(catalog);
        if (view == null || view.version() < version) {
            refresh(catalog);
            return true;
        }
        return false;
    }

    private Map<String, CatalogView> loaded() {
        Map<String, CatalogView> views = current.get();
        if (views == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The catalogue is still loading.");
        }
        return views;
    }
}
