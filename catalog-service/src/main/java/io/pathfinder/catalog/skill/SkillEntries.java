package io.pathfinder.catalog.skill;

import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionPath;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Skills; deleting one with a cascade takes it out of every role's requirements and every path's carry-over. */
@Singleton
public class SkillEntries extends EntryKind<SkillEntity, Skill> {

    private final CatalogDocuments documents;

    public SkillEntries(CatalogDocuments documents) {
        super(EntityTypeEnum.SKILL, Skill::getSlug, slug -> SkillEntity.findById(slug), SkillEntity::new,
                documents::fill, documents::skill);
        this.documents = documents;
    }

    @Override
    protected Dependents dependents(String slug) {
        List<RoleEntity> roles = RoleEntity.requiringSkill(slug);
        List<PathEntity> paths = PathEntity.<PathEntity>listAll().stream()
                .filter(path -> documents.path(path).getCarryOverSkills().contains(slug))
                .toList();
        if (roles.isEmpty() && paths.isEmpty()) {
            return Dependents.NONE;
        }
        return new Dependents("Skill '" + slug + "' is required by " + roles.size() + " role(s) and carried over by "
                + paths.size() + " path(s); delete with cascade=true to remove it from them.", () -> {
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
                    return changes;
                });
    }
}
