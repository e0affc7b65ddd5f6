package io.pathfinder.catalog.option.service;

import io.pathfinder.catalog.catalog.service.CatalogChange;
import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.ChangeLog;
import io.pathfinder.catalog.catalog.service.Preconditions;
import io.pathfinder.catalog.catalog.service.Versioned;
import io.pathfinder.catalog.option.entity.OptionEntity;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class OptionService {

    private final CatalogDocuments documents;
    private final ChangeLog changeLog;

    public OptionService(CatalogDocuments documents, ChangeLog changeLog) {
        this.documents = documents;
        this.changeLog = changeLog;
    }

    @Transactional
    public Versioned<TransitionOption> create(TransitionOption option) {
        if (OptionEntity.findById(option.getSlug()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "An option with slug '" + option.getSlug() + "' exists already.");
        }
        return save(new OptionEntity(), option);
    }

    @Transactional
    public Versioned<TransitionOption> update(String slug, String ifMatch, TransitionOption option) {
        Preconditions.checkSameSlug(slug, option.getSlug());
        OptionEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        return save(entity, option);
    }

    @Transactional
    public void delete(String slug, String ifMatch, boolean cascade) {
        OptionEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        List<PathEntity> paths = PathEntity.usingOption(slug);
        if (!paths.isEmpty() && !cascade) {
            throw new ProblemException(ProblemType.CONFLICT, "Option '" + slug + "' is used by " + paths.size()
                    + " transition path(s); delete with cascade=true to remove them too.");
        }
        List<CatalogChange> changes = new ArrayList<>();
        paths.forEach(path -> {
            path.delete();
            changes.add(CatalogChange.deleted(EntityTypeEnum.PATH, path.slug));
        });
        entity.delete();
        changes.add(CatalogChange.deleted(EntityTypeEnum.OPTION, slug));
        changeLog.record(changes);
    }

    private Versioned<TransitionOption> save(OptionEntity entity, TransitionOption option) {
        documents.fill(entity, option);
        entity.persistAndFlush();
        changeLog.record(List.of(CatalogChange.upserted(EntityTypeEnum.OPTION, option.getSlug(), option)));
        return new Versioned<>(documents.option(entity), entity.version);
    }

    private static OptionEntity find(String slug) {
        OptionEntity entity = OptionEntity.findById(slug);
        if (entity == null) {
            throw ProblemException.notFound("No option with slug '" + slug + "'.");
        }
        return entity;
    }
}
