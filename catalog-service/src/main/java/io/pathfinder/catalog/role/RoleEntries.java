package io.pathfinder.catalog.role;

import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.path.PathEntries;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.vocabulary.ContractVocabulary;
import io.pathfinder.problems.ProblemException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Roles; deleting one with a cascade deletes the paths from and to it. */
@Singleton
public class RoleEntries extends EntryKind<RoleEntity, Role> {

    /** The generated model types the activity profile as a plain map, so its keys are checked here. */
    private static final Set<String> ACTIVITIES = Set.copyOf(ContractVocabulary.of("Activity").values());


    public RoleEntries(CatalogDocuments documents) {
        super(EntityTypeEnum.ROLE, Role::getSlug, slug -> RoleEntity.findById(slug), RoleEntity::new,
                documents::fill, documents::role);
    }

    @Override
    protected Dependents dependents(String slug) {
        return PathEntries.deletedWith("Role '" + slug + "'", PathEntity.usingRole(slug));
    }

    /** What the schema cannot say: activity names, the profile summing to 100, each skill once, skills that exist. */
    @Override
    protected void check(Role role) {
        List<FieldError> errors = new ArrayList<>();
        role.getActivityProfile().keySet().stream()
                .filter(activity -> !ACTIVITIES.contains(activity))
                .forEach(activity -> errors.add(new FieldError("body.activityProfile." + activity, "is not a known activity")));
        int total = role.getActivityProfile().values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            errors.add(new FieldError("body.activityProfile", "must add up to 100, not " + total));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < role.getRequirements().size(); i++) {
            if (!seen.add(role.getRequirements().get(i).getSkill())) {
                errors.add(new FieldError("body.requirements[" + i + "].skill", "is required more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < role.getRequirements().size(); i++) {
            String skill = role.getRequirements().get(i).getSkill();
            if (SkillEntity.findById(skill) == null) {
                unknown.add(new FieldError("body.requirements[" + i + "].skill", "no skill '" + skill + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCES, "The entry names entries that do not exist.", unknown);
        }
    }
}
