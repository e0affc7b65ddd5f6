package io.pathfinder.catalog.skill.service;

import io.pathfinder.catalog.catalog.service.CatalogChange;
import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.ChangeLog;
import io.pathfinder.catalog.catalog.service.Preconditions;
import io.pathfinder.catalog.catalog.service.Versioned;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.catalog.role.entity.RoleEntity;
import io.pathfinder.catalog.skill.entity.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class SkillService {

    private final CatalogDocuments documents;
    private final ChangeLog changeLog;

    public SkillService(CatalogDocuments documents, ChangeLog changeLog) {
        this.documents = documents;
        this.changeLog = changeLog;
    }

    @Transactional
    public Versioned<Skill> create(Skill skill) {
        if (SkillEntity.findById(skill.getSlug()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "A skill with slug '" + skill.getSlug() + "' exists already.");
        }
        return save(new SkillEntity(), skill);
    }

    @Transactional
    public Versioned<Skill> update(String slug, String ifMatch, Skill skill) {
        Preconditions.checkSameSlug(slug, skill.getSlug());
        SkillEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        return save(entity, skill);
    }

    /** With cascade, the skill also leaves every role's requirements and every path's carry-over skills. */
    @Transactional
    public void delete(String slug, String ifMatch, boolean cascade) {
        SkillEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        List<RoleEntity> roles = RoleEntity.requiringSkill(slug);
        List<PathEntity> paths = PathEntity.<PathEntity>listAll().stream()
                .filter(path -> documents.path(path).getCarryOverSkills().contains(slug))
                .toList();
        if ((!roles.isEmpty() || !paths.isEmpty()) && !cascade) {
            throw new ProblemException(ProblemType.CONFLICT, "Skill '" + slug + "' is required by " + roles.size() + " role(s) and carried over by "
                    + paths.size() + " path(s); delete with cascade=true to remove it from them.");
        }
        List<CatalogChange> changes = new ArrayList<>();
        roles.forEach(role -> {
            role.requirements.removeIf(requirement -> requirement.skill().equals(slug));
            changes.add(CatalogChange.upserted(EntityTypeEnum.ROLE, role.slug, documents.role(role)));
        });
        paths.forEach(path -> {
            TransitionPath document = documents.path(path);
            document.getCarryOverSkills().remove(slug);
            documents.fill(path, document);
            changes.add(CatalogChange.upserted(EntityTypeEnum.PATH, path.slug, document));
        });
        entity.delete();
        changes.add(CatalogChange.deleted(EntityTypeEnum.SKILL, slug));
        changeLog.record(changes);
    }

    private Versioned<Skill> save(SkillEntity entity, Skill skill) {
        documents.fill(entity, skill);
        entity.persistAndFlush();
        changeLog.record(List.of(CatalogChange.upserted(EntityTypeEnum.SKILL, skill.getSlug(), skill)));
        return new Versioned<>(documents.skill(entity), entity.version);
    }

    private static SkillEntity find(String slug) {
        SkillEntity entity = SkillEntity.findById(slug);
        if (entity == null) {
            throw ProblemException.notFound("No skill with slug '" + slug + "'.");
        }
        return entity;
    }
}
