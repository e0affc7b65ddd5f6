package io.pathfinder.catalog.skill;

import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.Skill;
import jakarta.inject.Singleton;

/** Skills; the roles that require one and the paths that carry it over say so when it is deleted. */
@Singleton
public class SkillEntries extends EntryKind<SkillEntity, Skill> {

    public SkillEntries(EntryDocuments documents) {
        super(EntityTypeEnum.SKILL, Skill.class, Skill::getSlug,
                SkillEntity.class, SkillEntity::new, documents);
    }
}
