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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Fills an empty catalogue from the import file on startup. The imported entries go to the outbox too,
 * so the compacted topic holds the whole catalogue for late consumers.
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
        QuarkusTransaction.requiringNew().run(this::importIfEmpty);
        catalog.refresh();
    }

    private void importIfEmpty() {
        // The lock makes instances starting together import once: the second sees the first's rows.
        CatalogVersionEntity.lockForChange();
        if (options.count() + skills.count() + roles.count() + paths.count() > 0) {
            return;
        }
        CatalogSnapshot snapshot = readImportFile();
        List<CatalogChange> changes = new ArrayList<>();
        snapshot.getOptions().forEach(option -> changes.add(options.insert(option)));
        snapshot.getSkills().forEach(skill -> changes.add(skills.insert(skill)));
        snapshot.getRoles().forEach(role -> changes.add(roles.insert(role)));
        snapshot.getPaths().forEach(path -> changes.add(paths.insert(path)));
        changeLog.recordImport(snapshot.getVersion(), changes);
        LOG.infof("Imported catalogue version %d from %s: %d entries", snapshot.getVersion(),
                config.importLocation(), changes.size());
    }

    private CatalogSnapshot readImportFile() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.importLocation())) {
            if (in == null) {
                throw new IllegalStateException("Catalogue import file not found: " + config.importLocation());
            }
            CatalogSnapshot snapshot = documents.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    CatalogSnapshot.class);
            Set<ConstraintViolation<CatalogSnapshot>> violations = validator.validate(snapshot);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid catalogue import file: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
