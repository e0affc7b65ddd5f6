package io.pathfinder.catalog.path.service;

import io.pathfinder.catalog.catalog.service.CatalogChange;
import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.ChangeLog;
import io.pathfinder.catalog.catalog.service.Preconditions;
import io.pathfinder.catalog.catalog.service.Versioned;
import io.pathfinder.catalog.option.entity.OptionEntity;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.catalog.role.entity.RoleEntity;
import io.pathfinder.catalog.skill.entity.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PathService {

    private final CatalogDocuments documents;
    private final ChangeLog changeLog;

    public PathService(CatalogDocuments documents, ChangeLog changeLog) {
        this.documents = documents;
        this.changeLog = changeLog;
    }

    @Transactional
    public Versioned<TransitionPath> create(TransitionPath path) {
        if (PathEntity.findById(path.getSlug()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "A path with slug '" + path.getSlug() + "' exists already.");
        }
        checkReferences(path);
        return save(new PathEntity(), path);
    }

    @Transactional
    public Versioned<TransitionPath> update(String slug, String ifMatch, TransitionPath path) {
        Preconditions.checkSameSlug(slug, path.getSlug());
        PathEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        checkReferences(path);
        return save(entity, path);
    }

    @Transactional
    public void delete(String slug, String ifMatch) {
        PathEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        entity.delete();
        changeLog.record(List.of(CatalogChange.deleted(EntityTypeEnum.PATH, slug)));
    }

    private Versioned<TransitionPath> save(PathEntity entity, TransitionPath path) {
        documents.fill(entity, path);
        entity.persistAndFlush();
        changeLog.record(List.of(CatalogChange.upserted(EntityTypeEnum.PATH, path.getSlug(), path)));
        return new Versioned<>(documents.path(entity), entity.version);
    }

    private static void checkReferences(TransitionPath path) {
        List<FieldError> unknown = new ArrayList<>();
        if (RoleEntity.findById(path.getFrom()) == null) {
            unknown.add(new FieldError("body.from", "no role '" + path.getFrom() + "'"));
        }
        if (RoleEntity.findById(path.getTo()) == null) {
            unknown.add(new FieldError("body.to", "no role '" + path.getTo() + "'"));
        }
        if (OptionEntity.findById(path.getOption()) == null) {
            unknown.add(new FieldError("body.option", "no option '" + path.getOption() + "'"));
        }
        path.getCarryOverSkills().stream()
                .filter(skill -> SkillEntity.findById(skill) == null)
                .forEach(skill -> unknown.add(new FieldError("body.carryOverSkills", "no skill '" + skill + "'")));
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCES, "The entry names entries that do not exist.", unknown);
        }
    }

    private static PathEntity find(String slug) {
        PathEntity entity = PathEntity.findById(slug);
        if (entity == null) {
            throw ProblemException.notFound("No path with slug '" + slug + "'.");
        }
        return entity;
    }
}
