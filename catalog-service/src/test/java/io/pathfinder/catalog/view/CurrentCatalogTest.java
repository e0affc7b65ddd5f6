package io.pathfinder.catalog.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrentCatalogTest {

    /** The database as a map of committed versions; remembers which catalogues were read whole. */
    private static final class Database implements CatalogSource {
        final Map<String, Long> versions = new HashMap<>();
        final List<String> loads = new ArrayList<>();

        @Override
        public Map<String, Long> versions() {
            return Map.copyOf(versions);
        }

        @Override
        public CatalogView load(String catalog) {
            loads.add(catalog);
            return CatalogView.of(catalog, versions.get(catalog), OffsetDateTime.now(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
    }

    @Test
    void aRefreshReloadsOnlyTheCataloguesCommittedSinceTheirViews() {
        Database database = new Database();
        database.versions.put("curated", 3L);
        database.versions.put("onet", 7L);
        CurrentCatalog catalog = new CurrentCatalog(database);

        catalog.refresh();
        assertEquals(List.of("curated", "onet"), database.loads.stream().sorted().toList());

        database.loads.clear();
        catalog.refresh();
        assertEquals(List.of(), database.loads, "nothing committed since: the views stay");

        database.versions.put("onet", 8L);
        database.versions.put("esco", 1L);
        catalog.refresh();
        assertEquals(List.of("esco", "onet"), database.loads.stream().sorted().toList());
        assertEquals(8L, catalog.view("onet").version());
        assertEquals(3L, catalog.view("curated").version());
    }
}
