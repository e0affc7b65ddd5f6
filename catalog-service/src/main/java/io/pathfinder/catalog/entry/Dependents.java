package io.pathfinder.catalog.entry;

import java.util.List;
import java.util.function.Supplier;

/**
 * The entries that depend on one about to be deleted.
 *
 * @param conflict why the delete is refused without a cascade, or null when nothing depends on the entry
 * @param cascade changes the dependent entries (removes them, or the reference in them) and says how
 */
public record Dependents(String conflict, Supplier<List<CatalogChange>> cascade) {

    public static final Dependents NONE = new Dependents(null, List::of);

    public boolean any() {
        return conflict != null;
    }
}
