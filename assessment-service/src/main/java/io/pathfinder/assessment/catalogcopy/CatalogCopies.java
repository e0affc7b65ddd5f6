package io.pathfinder.assessment.catalogcopy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A copy of each catalogue on the catalog-changed topic, made when its first record is read. A record that names
 * no catalogue is the curated one's (it was written before catalogues had ids). Changes come from the
 * {@link CatalogFollower}'s one thread; any thread reads.
 */
@ApplicationScoped
public class CatalogCopies {

    private final ObjectMapper objectMapper;
    private final Map<String, CatalogCopy> copies = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    public CatalogCopies(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Applies the change to its catalogue's copy; says whether it was newer than what the copy held. */
    public boolean apply(CatalogChanged change) {
        String catalog = CatalogIds.orCurated(change.getCatalog());
        return copies.computeIfAbsent(catalog, this::newCopy).apply(change);
    }

    /**
     * Called once every record that was on the topic when the service started has been read. A catalogue first
     * published after that starts caught up: its copy is ready once it holds all of its entries.
     */
    public void markCaughtUp() {
        caughtUp = true;
        copies.values().forEach(CatalogCopy::markCaughtUp);
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    /** The catalogue's copy, whether ready or not; empty while none of its records has been read. */
    public Optional<CatalogCopy> find(String catalog) {
        return Optional.ofNullable(copies.get(catalog));
    }

    /** The catalogue's copy if it is ready to score on. */
    public Optional<CatalogCopy> ready(String catalog) {
        return find(catalog).filter(CatalogCopy::isReady);
    }

    /** The catalogue's copy, ready to score on; a 503 problem for the caller to retry later when it is not. */
    public CatalogCopy readyOrUnavailable(String catalog) {
        return ready(catalog).orElseThrow(() -> unavailable(catalog));
    }

    /** The 503 problem of a catalogue the service does not hold (whole) yet. */
    public ProblemException unavailable(String catalog) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The service does not hold the " + catalog + " catalogue yet; retry shortly.");
    }

    /** Each copy's catalogue and version, e.g. {@code curated at version 7, onet at version 1}, for the log. */
    public String describe() {
        return copies.isEmpty() ? "none" : new TreeMap<>(copies).values().stream()
                .map(copy -> copy.id() + " at version " + copy.version())
                .collect(Collectors.joining(", "));
    }

    private CatalogCopy newCopy(String catalog) {
        CatalogCopy copy = new CatalogCopy(catalog, objectMapper);
        if (caughtUp) {
            copy.markCaughtUp();
        }
        return copy;
    }
}
