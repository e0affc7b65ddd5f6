package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.entry.ChangeLog;
import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.option.OptionEntries;
import io.pathfinder.catalog.path.PathEntries;
import io.pathfinder.catalog.role.RoleEntries;
import io.pathfinder.catalog.skill.SkillEntries;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Fills each configured catalogue that is empty from its import file on startup, each in a transaction of its own;
 * a catalogue that does not exist yet comes into being so. The imported entries go to the outbox too, so the
 * compacted topic holds every catalogue for late consumers.
 */
@ApplicationScoped
public class CatalogImporter {

    private static final Logger LOG = Logger.getLogger(CatalogImporter.class);

    private final CatalogConfig config;
    private final EntryDocuments documents;
    private final ChangeLog changeLog;
    private final CurrentCatalog catalog;
    private final Validator validator;
    private final OptionEntries options;
    private final SkillEntries skills;
    private final RoleEntries roles;
    private final PathEntries paths;

    public CatalogImporter(CatalogConfig config, EntryDocuments documents, ChangeLog changeLog, CurrentCatalog catalog,
                           Validator validator, OptionEntries options, SkillEntries skills, RoleEntries roles,
                           PathEntries paths) {
        this.config = config;
        this.documents = documents;
        this.changeLog = changeLog;
        this.catalog = catalog;
        this.validator = validator;
        this.options = options;
        this.skills = skills;
        this.roles = roles;
        this.paths = paths;
    }

    void onStart(@Observes StartupEvent event) {
        new TreeMap<>(config.imports()).forEach((id, location) ->
                QuarkusTransaction.requiringNew().run(() -> importIfEmpty(id, location)));
        catalog.refresh();
    }

    private void importIfEmpty(String id, String location) {
        if (!CatalogIds.isCatalogId(id)) {
            throw new IllegalStateException("Catalogue id '" + id + "' of pathfinder.catalog.imports is not a catalogue"
                    + " id (lower-case letters and digits, words joined by hyphens, at most " + CatalogIds.MAX_LENGTH + " characters)");
        }
        // The lock makes instances starting together import once: the second sees the first's rows. A new
        // catalogue's row is created first (by whichever instance comes first) so that there is a row to lock.
        CatalogVersionEntity.createIfAbsent(id);
        CatalogVersionEntity row = CatalogVersionEntity.lockForChange(id);
        if (options.count(id) + skills.count(id) + roles.count(id) + paths.count(id) > 0) {
            return;
        }
        CatalogSnapshot snapshot = read(location);
        List<CatalogChange> changes = new ArrayList<>();
        snapshot.getOptions().forEach(option -> changes.add(options.insert(id, option)));
        snapshot.getSkills().forEach(skill -> changes.add(skills.insert(id, skill)));
        snapshot.getRoles().forEach(role -> changes.add(roles.insert(id, role)));
        snapshot.getPaths().forEach(path -> changes.add(paths.insert(id, path)));
        row.sources = snapshot.getSources() == null || snapshot.getSources().isEmpty() ? null
                : documents.write(snapshot.getSources());
        changeLog.recordImport(id, snapshot.getVersion(), changes);
        LOG.infof("Imported catalogue %s version %d from %s: %d entries", id, snapshot.getVersion(), location,
                changes.size());
    }

    private CatalogSnapshot read(String location) {
        try (InputStream in = open(location)) {
            if (in == null) {
                throw new IllegalStateException("Catalogue import file not found: " + location);
            }
            CatalogSnapshot snapshot = documents.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    CatalogSnapshot.class);
            Set<ConstraintViolation<CatalogSnapshot>> violations = validator.validate(snapshot);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid catalogue import file " + location + ": " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An absolute path names a file; anything else, a class path resource. Null when there is neither. */
    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (file.isAbsolute()) {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
    }
}
