package io.pathfinder.catalog.role;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryId;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.entry.Referrers;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.Requirement;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.vocabulary.ContractVocabulary;
import io.pathfinder.problems.ProblemException;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Roles; the paths from and to one say so when it is deleted. A role's stored document keeps an empty requirements
 * list (the contract requires the property); the requirements themselves live in their table.
 */
@Singleton
public class RoleEntries extends EntryKind<RoleEntity, Role> implements Referrers {

    /** Most important first, then the highest level, so every reader sees the same order. */
    private static final Comparator<Requirement> REQUIREMENT_ORDER = Comparator
            .comparing(Requirement::getImportance, Comparator.reverseOrder())
            .thenComparing(Requirement::getLevel, Comparator.reverseOrder())
            .thenComparing(Requirement::getSkill);

    /** The generated model types the activity profile as a plain map, so its keys are checked here. */
    private static final Set<String> ACTIVITIES = Set.copyOf(ContractVocabulary.of("Activity").values());

    private final EntryDocuments documents;

    public RoleEntries(EntryDocuments documents) {
        super(EntityTypeEnum.ROLE, Role.class, Role::getSlug,
                RoleEntity.class, RoleEntity::new, documents);
        this.documents = documents;
    }

    @Override
    public void fill(RoleEntity entity, Role role) {
        ObjectNode document = documents.tree(role);
        document.putArray("requirements");
        entity.slug = role.getSlug();
        entity.document = documents.write(document);
        entity.requirements.clear();
        role.getRequirements().forEach(r ->
                entity.requirements.add(new RequirementValue(r.getSkill(), r.getImportance(), r.getLevel())));
    }

    @Override
    protected void fetchWith(Root<RoleEntity> role) {
        role.fetch("requirements", JoinType.LEFT);
    }

    @Override
    public Role read(RoleEntity entity) {
        Role role = super.read(entity);
        role.setRequirements(entity.requirements.stream()
                .map(r -> new Requirement(r.skill(), r.importance(), r.level()))
                .sorted(REQUIREMENT_ORDER)
                .toList());
        return role;
    }

    /** A skill's delete, with a cascade, takes it out of the requirements of every role that names it. */
    @Override
    public Dependents naming(String catalog, EntityTypeEnum type, String slug) {
        if (type != EntityTypeEnum.SKILL) {
            return Dependents.NONE;
        }
        List<RoleEntity> roles = RoleEntity.requiringSkill(catalog, slug);
        if (roles.isEmpty()) {
            return Dependents.NONE;
        }
        return new Dependents("required by " + roles.size() + " role(s) (a cascade removes it from them)", () -> {
            List<CatalogChange> changes = new ArrayList<>();
            for (RoleEntity role : roles) {
                role.requirements.removeIf(requirement -> requirement.skill().equals(slug));
                changes.add(CatalogChange.upserted(catalog, EntityTypeEnum.ROLE, role.slug, read(role)));
            }
            return changes;
        });
    }

    /**
     * What the schema cannot say: activity names, the profile summing to 100, each skill once, skills that exist in
     * the role's catalogue.
     */
    @Override
    protected void check(String catalog, Role role) {
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
            if (SkillEntity.findById(new EntryId(catalog, skill)) == null) {
                unknown.add(new FieldError("body.requirements[" + i + "].skill", "no skill '" + skill + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCES, "The entry names entries that do not exist.", unknown);
        }
    }
}
