package io.pathfinder.catalog.snapshot;

import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.entry.ChangeLog;
import io.pathfinder.catalog.option.OptionEntity;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
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
    private final CatalogDocuments documents;
    private final ChangeLog changeLog;
    private final CurrentCatalog catalog;
    private final Validator validator;

    public CatalogImporter(CatalogConfig config, CatalogDocuments documents, ChangeLog changeLog,
                           CurrentCatalog catalog, Validator validator) {
        this.config = config;
        this.documents = documents;
        this.changeLog = changeLog;
        this.catalog = catalog;
        this.validator = validator;
    }

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::importIfEmpty);
        catalog.refresh();
    }

    private void importIfEmpty() {
        // The lock makes instances starting together import once: the second sees the first's rows.
        CatalogVersionEntity.lockForChange();
        if (OptionEntity.count() + SkillEntity.count() + RoleEntity.count() + PathEntity.count() > 0) {
            return;
        }
        CatalogSnapshot snapshot = readImportFile();
        List<CatalogChange> changes = new ArrayList<>();
        snapshot.getOptions().forEach(option -> {
            OptionEntity entity = new OptionEntity();
            documents.fill(entity, option);
            entity.persist();
            changes.add(CatalogChange.upserted(EntityTypeEnum.OPTION, option.getSlug(), option));
        });
        snapshot.getSkills().forEach(skill -> {
            SkillEntity entity = new SkillEntity();
            documents.fill(entity, skill);
            entity.persist();
            changes.add(CatalogChange.upserted(EntityTypeEnum.SKILL, skill.getSlug(), skill));
        });
        snapshot.getRoles().forEach(role -> {
            RoleEntity entity = new RoleEntity();
            documents.fill(entity, role);
            entity.persist();
            changes.add(CatalogChange.upserted(EntityTypeEnum.ROLE, role.getSlug(), role));
        });
        snapshot.getPaths().forEach(path -> {
            PathEntity entity = new PathEntity();
            documents.fill(entity, path);
            entity.persist();
            changes.add(CatalogChange.upserted(EntityTypeEnum.PATH, path.getSlug(), path));
        });
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
