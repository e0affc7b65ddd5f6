package io.pathfinder.catalog.role.service;

import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.Dependents;
import io.pathfinder.catalog.catalog.service.EntryKind;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.catalog.path.service.PathEntries;
import io.pathfinder.catalog.problem.service.ProblemException;
import io.pathfinder.catalog.role.entity.RoleEntity;
import io.pathfinder.catalog.skill.entity.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.vocabulary.ContractVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Roles; deleting one with a cascade deletes the paths from and to it. */
@ApplicationScoped
public class RoleEntries implements EntryKind<RoleEntity, Role> {

    /** The generated model types the activity profile as a plain map, so its keys are checked here. */
    private static final Set<String> ACTIVITIES = Set.copyOf(ContractVocabulary.of("Activity").values());

    private final CatalogDocuments documents;

    public RoleEntries(CatalogDocuments documents) {
        this.documents = documents;
    }

    @Override
    public EntityTypeEnum type() {
        return EntityTypeEnum.ROLE;
    }

    @Override
    public String slug(Role role) {
        return role.getSlug();
    }

    @Override
    public RoleEntity find(String slug) {
        return RoleEntity.findById(slug);
    }

    @Override
    public RoleEntity newEntity() {
        return new RoleEntity();
    }

    @Override
    public void fill(RoleEntity entity, Role role) {
        documents.fill(entity, role);
    }

    @Override
    public Role read(RoleEntity entity) {
        return documents.role(entity);
    }

    @Override
    public Dependents dependents(String slug) {
        return PathEntries.deletedWith("Role '" + slug + "'", PathEntity.usingRole(slug));
    }

    /** What the schema cannot say: activity names, the profile summing to 100, each skill once, skills that exist. */
    @Override
    public void check(Role role) {
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
            throw ProblemException.badRequest(errors);
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < role.getRequirements().size(); i++) {
            String skill = role.getRequirements().get(i).getSkill();
            if (SkillEntity.findById(skill) == null) {
                unknown.add(new FieldError("body.requirements[" + i + "].skill", "no skill '" + skill + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unknownReferences(unknown);
        }
    }
}
