package io.pathfinder.catalog.entry;

import java.util.List;
import java.util.function.Supplier;

/**
 * The entries of one type that depend on an entry about to be deleted.
 *
 * @param conflict how they depend on it and what a cascade does to them, or null when none do
 * @param cascade changes the dependent entries (removes them, or the reference in them) and says how
 */
public record Dependents(String conflict, Supplier<List<CatalogChange>> cascade) {

    public static final Dependents NONE = new Dependents(null, List::of);

    public boolean any() {
        return conflict != null;
    }
}
