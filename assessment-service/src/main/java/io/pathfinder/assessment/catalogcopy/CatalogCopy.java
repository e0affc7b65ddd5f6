package io.pathfinder.assessment.catalogcopy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.scoring.Catalogue;
import io.pathfinder.assessment.scoring.ScoringEngine;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * This service's own copy of one catalogue, fed by its catalog-changed events (through {@link CatalogCopies}), so
 * scoring goes on while the catalogue service is down. The scoring engine is built once per catalogue version, on
 * first use.
 *
 * <p>Events come at least once, so an older event of an entry may arrive after a newer one (a replay
 * after a relay failover). The copy keeps, per entry, the catalogVersion of the event it applied last,
 * deleted entries included, and ignores any event of that entry that is not newer: a late upsert can
 * neither roll an entry back nor bring a deleted one back.
 */
public class CatalogCopy {

    private final String id;
    private final ObjectMapper objectMapper;
    private final Map<String, TransitionOption> options = new TreeMap<>();
    private final Map<String, Skill> skills = new TreeMap<>();
    private final Map<String, Role> roles = new TreeMap<>();
    private final Map<String, TransitionPath> paths = new TreeMap<>();
    /** By entityType:key: the catalogVersion of the last event applied to that entry. */
    private final Map<String, Long> entryVersions = new HashMap<>();
    private long version;
    private long expectedEntries;
    private boolean caughtUp;
    private ScoringEngine engine;

    public CatalogCopy(String id, ObjectMapper objectMapper) {
        this.id = id;
        this.objectMapper = objectMapper;
    }

    /** The catalogue's id, as its records name it. */
    public String id() {
        return id;
    }

    /** Applies the change unless this copy holds the entry at its version or a newer one; says whether it did. */
    public synchronized boolean apply(CatalogChanged change) {
        String entry = change.getEntityType() + ":" + change.getKey();
        Long held = entryVersions.get(entry);
        if (held != null && held >= change.getCatalogVersion()) {
            return false;
        }
        entryVersions.put(entry, change.getCatalogVersion());
        boolean deleted = change.getChange() == CatalogChanged.ChangeEnum.DELETED;
        String key = change.getKey();
        switch (change.getEntityType()) {
            case ROLE -> put(roles, key, deleted ? null : change.getRole());
            case SKILL -> put(skills, key, deleted ? null : change.getSkill());
            case OPTION -> put(options, key, deleted ? null : change.getOption());
            case PATH -> put(paths, key, deleted ? null : change.getPath());
        }
        if (change.getCatalogVersion() >= version) {
            version = change.getCatalogVersion();
            expectedEntries = change.getEntryCount();
        }
        engine = null;
        return true;
    }

    /** Called once the copy has read every change that was on the topic when the service started. */
    public synchronized void markCaughtUp() {
        caughtUp = true;
    }

    /**
     * Ready once caught up with the topic and holding every entry of its catalogue version: a copy
     * that started while a change was still being published waits for the rest of it.
     */
    public synchronized boolean isReady() {
        return caughtUp && version > 0 && entries() == expectedEntries;
    }

    public synchronized boolean isCaughtUp() {
        return caughtUp;
    }

    public synchronized long version() {
        return version;
    }

    /** The entries held now. */
    public synchronized long entries() {
        return options.size() + skills.size() + roles.size() + paths.size();
    }

    /** The entries the catalogue holds at {@link #version()}: the copy is complete when it holds as many. */
    public synchronized long expectedEntries() {
        return expectedEntries;
    }

    /** The engine for the current catalogue, or empty while no catalogue has been read yet. */
    public synchronized Optional<ScoringEngine> engine() {
        if (!isReady()) {
            return Optional.empty();
        }
        if (engine == null) {
            engine = new ScoringEngine(toCatalogue());
        }
        return Optional.of(engine);
    }

    public synchronized CatalogSnapshot snapshot() {
        return new CatalogSnapshot()
                .version(version)
                .options(List.copyOf(options.values()))
                .skills(List.copyOf(skills.values()))
                .roles(List.copyOf(roles.values()))
                .paths(List.copyOf(paths.values()));
    }

    public synchronized List<Skill> skillsByName() {
        return skills.values().stream().sorted(Comparator.comparing(Skill::getName)).toList();
    }

    /** The roles one can answer as current role: those with a path leading out of them. */
    public synchronized List<Role> startingRolesByTitle() {
        return roles.values().stream()
                .filter(role -> hasPathsFrom(role.getSlug()))
                .sorted(Comparator.comparing(Role::getTitle))
                .toList();
    }

    public synchronized boolean hasRole(String slug) {
        return roles.containsKey(slug);
    }

    public synchronized boolean hasPathsFrom(String role) {
        return paths.values().stream().anyMatch(path -> path.getFrom().equals(role));
    }

    public synchronized boolean hasSkill(String slug) {
        return skills.containsKey(slug);
    }

    private Catalogue toCatalogue() {
        return CatalogueJsonReader.read(objectMapper.valueToTree(snapshot()));
    }

    private static <T> void put(Map<String, T> entries, String key, T entry) {
        if (entry == null) {
            entries.remove(key);
        } else {
            entries.put(key, entry);
        }
    }
}
