package io.pathfinder.catalog.path;

import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.CatalogDocuments;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.option.OptionEntity;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.problems.ProblemException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Transition paths: every role, option and skill they name must exist; nothing depends on a path. */
@Singleton
public class PathEntries extends EntryKind<PathEntity, TransitionPath> {

    public PathEntries(CatalogDocuments documents) {
        super(EntityTypeEnum.PATH, TransitionPath::getSlug, slug -> PathEntity.findById(slug), PathEntity::new,
                documents::fill, documents::path);
    }

    /** The paths that go when the entry they need does: refused as the conflict names it, unless cascading. */
    public static Dependents deletedWith(String entry, List<PathEntity> paths) {
        if (paths.isEmpty()) {
            return Dependents.NONE;
        }
        return new Dependents(entry + " is used by " + paths.size()
                + " transition path(s); delete with cascade=true to remove them too.", () -> {
                    List<CatalogChange> changes = new ArrayList<>();
                    for (PathEntity path : paths) {
                        path.delete();
                        changes.add(CatalogChange.deleted(EntityTypeEnum.PATH, path.slug));
                    }
                    return changes;
                });
    }

    @Override
    protected void check(TransitionPath path) {
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
}
