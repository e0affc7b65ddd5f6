package io.pathfinder.catalog.path;

import io.pathfinder.catalog.entry.CatalogChange;
import io.pathfinder.catalog.entry.Dependents;
import io.pathfinder.catalog.entry.EntryDocuments;
import io.pathfinder.catalog.entry.EntryId;
import io.pathfinder.catalog.entry.EntryKind;
import io.pathfinder.catalog.entry.Referrers;
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

/**
 * Transition paths: every role, option and skill they name must exist in their own catalogue; nothing depends on a
 * path. A path goes with the role or option it needs, and loses a carried-over skill that goes.
 */
@Singleton
public class PathEntries extends EntryKind<PathEntity, TransitionPath> implements Referrers {

    public PathEntries(EntryDocuments documents) {
        super(EntityTypeEnum.PATH, TransitionPath.class, TransitionPath::getSlug,
                PathEntity.class, PathEntity::new, documents);
    }

    @Override
    public void fill(PathEntity entity, TransitionPath path) {
        super.fill(entity, path);
        entity.fromRole = path.getFrom();
        entity.toRole = path.getTo();
        entity.option = path.getOption();
    }

    @Override
    public Dependents naming(String catalog, EntityTypeEnum type, String slug) {
        return switch (type) {
            case ROLE -> deletedWith(catalog, PathEntity.usingRole(catalog, slug));
            case OPTION -> deletedWith(catalog, PathEntity.usingOption(catalog, slug));
            case SKILL -> carryingOver(catalog, slug);
            case PATH -> Dependents.NONE;
        };
    }

    private static Dependents deletedWith(String catalog, List<PathEntity> paths) {
        if (paths.isEmpty()) {
            return Dependents.NONE;
        }
        return new Dependents("used by " + paths.size() + " transition path(s) (a cascade deletes them)", () -> {
            List<CatalogChange> changes = new ArrayList<>();
            for (PathEntity path : paths) {
                path.delete();
                changes.add(CatalogChange.deleted(catalog, EntityTypeEnum.PATH, path.slug));
            }
            return changes;
        });
    }

    private Dependents carryingOver(String catalog, String skill) {
        List<PathEntity> paths = all(catalog).stream()
                .filter(path -> read(path).getCarryOverSkills().contains(skill))
                .toList();
        if (paths.isEmpty()) {
            return Dependents.NONE;
        }
        return new Dependents("carried over by " + paths.size() + " transition path(s) (a cascade removes it from them)",
                () -> {
                    List<CatalogChange> changes = new ArrayList<>();
                    for (PathEntity path : paths) {
                        TransitionPath document = read(path);
                        document.getCarryOverSkills().remove(skill);
                        fill(path, document);
                        changes.add(CatalogChange.upserted(catalog, EntityTypeEnum.PATH, path.slug, document));
                    }
                    return changes;
                });
    }

    @Override
    protected void check(String catalog, TransitionPath path) {
        List<FieldError> unknown = new ArrayList<>();
        if (RoleEntity.findById(new EntryId(catalog, path.getFrom())) == null) {
            unknown.add(new FieldError("body.from", "no role '" + path.getFrom() + "'"));
        }
        if (RoleEntity.findById(new EntryId(catalog, path.getTo())) == null) {
            unknown.add(new FieldError("body.to", "no role '" + path.getTo() + "'"));
        }
        if (OptionEntity.findById(new EntryId(catalog, path.getOption())) == null) {
            unknown.add(new FieldError("body.option", "no option '" + path.getOption() + "'"));
        }
        path.getCarryOverSkills().stream()
                .filter(skill -> SkillEntity.findById(new EntryId(catalog, skill)) == null)
                .forEach(skill -> unknown.add(new FieldError("body.carryOverSkills", "no skill '" + skill + "'")));
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCES, "The entry names entries that do not exist.", unknown);
        }
    }
}
