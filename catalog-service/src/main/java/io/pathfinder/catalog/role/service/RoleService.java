package io.pathfinder.catalog.role.service;

import io.pathfinder.catalog.catalog.service.CatalogChange;
import io.pathfinder.catalog.catalog.service.CatalogDocuments;
import io.pathfinder.catalog.catalog.service.ChangeLog;
import io.pathfinder.catalog.catalog.service.Preconditions;
import io.pathfinder.catalog.catalog.service.Versioned;
import io.pathfinder.catalog.path.entity.PathEntity;
import io.pathfinder.catalog.role.entity.RoleEntity;
import io.pathfinder.catalog.skill.entity.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class RoleService {

    /** The Activity schema's values; the generated model types the profile as a plain map. */
    private static final Set<String> ACTIVITIES = Set.of("analysis-insight", "modelling-research",
            "software-engineering", "platform-infrastructure", "data-pipelines", "stakeholder-communication",
            "product-strategy", "experiment-design", "teaching-writing", "people-leadership", "domain-depth",
            "entrepreneurship");

    private final CatalogDocuments documents;
    private final ChangeLog changeLog;

    public RoleService(CatalogDocuments documents, ChangeLog changeLog) {
        this.documents = documents;
        this.changeLog = changeLog;
    }

    @Transactional
    public Versioned<Role> create(Role role) {
        validate(role);
        if (RoleEntity.findById(role.getSlug()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "A role with slug '" + role.getSlug() + "' exists already.");
        }
        RoleEntity entity = new RoleEntity();
        return save(entity, role);
    }

    @Transactional
    public Versioned<Role> update(String slug, String ifMatch, Role role) {
        Preconditions.checkSameSlug(slug, role.getSlug());
        RoleEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        validate(role);
        return save(entity, role);
    }

    @Transactional
    public void delete(String slug, String ifMatch, boolean cascade) {
        RoleEntity entity = find(slug);
        Preconditions.checkIfMatch(ifMatch, entity.version);
        List<PathEntity> paths = PathEntity.usingRole(slug);
        if (!paths.isEmpty() && !cascade) {
            throw new ProblemException(ProblemType.CONFLICT, "Role '" + slug + "' is used by " + paths.size()
                    + " transition path(s); delete with cascade=true to remove them too.");
        }
        List<CatalogChange> changes = new ArrayList<>();
        paths.forEach(path -> {
            path.delete();
            changes.add(CatalogChange.deleted(EntityTypeEnum.PATH, path.slug));
        });
        entity.delete();
        changes.add(CatalogChange.deleted(EntityTypeEnum.ROLE, slug));
        changeLog.record(changes);
    }

    private Versioned<Role> save(RoleEntity entity, Role role) {
        documents.fill(entity, role);
        entity.persistAndFlush();
        Role stored = documents.role(entity);
        changeLog.record(List.of(CatalogChange.upserted(EntityTypeEnum.ROLE, stored.getSlug(), stored)));
        return new Versioned<>(stored, entity.version);
    }

    private static RoleEntity find(String slug) {
        RoleEntity entity = RoleEntity.findById(slug);
        if (entity == null) {
            throw ProblemException.notFound("No role with slug '" + slug + "'.");
        }
        return entity;
    }

    /** What the schema cannot say: activity names, the profile summing to 100, each skill once, skills that exist. */
    private static void validate(Role role) {
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
