package io.pathfinder.catalog.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.catalog.option.OptionEntity;
import io.pathfinder.catalog.path.PathEntity;
import io.pathfinder.catalog.role.RequirementValue;
import io.pathfinder.catalog.role.RoleEntity;
import io.pathfinder.catalog.skill.SkillEntity;
import io.pathfinder.contracts.model.Requirement;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Comparator;

/**
 * Converts between the contract models and the stored entities. A role's stored document keeps an empty
 * requirements list (the contract requires the property); the requirements themselves live in their table.
 */
@ApplicationScoped
public class CatalogDocuments {

    /** Most important first, then the highest level, so every reader sees the same order. */
    public static final Comparator<Requirement> REQUIREMENT_ORDER = Comparator
            .comparing(Requirement::getImportance, Comparator.reverseOrder())
            .thenComparing(Requirement::getLevel, Comparator.reverseOrder())
            .thenComparing(Requirement::getSkill);

    private final ObjectMapper mapper;

    public CatalogDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Role role(RoleEntity entity) {
        Role role = read(entity.document, Role.class);
        role.setRequirements(entity.requirements.stream()
                .map(r -> new Requirement(r.skill(), r.importance(), r.level()))
                .sorted(REQUIREMENT_ORDER)
                .toList());
        return role;
    }

    public void fill(RoleEntity entity, Role role) {
        ObjectNode document = mapper.valueToTree(role);
        document.putArray("requirements");
        entity.slug = role.getSlug();
        entity.document = write(document);
        entity.requirements.clear();
        role.getRequirements().forEach(r ->
                entity.requirements.add(new RequirementValue(r.getSkill(), r.getImportance(), r.getLevel())));
    }

    public Skill skill(SkillEntity entity) {
        return read(entity.document, Skill.class);
    }

    public void fill(SkillEntity entity, Skill skill) {
        entity.slug = skill.getSlug();
        entity.document = write(skill);
    }

    public TransitionOption option(OptionEntity entity) {
        return read(entity.document, TransitionOption.class);
    }

    public void fill(OptionEntity entity, TransitionOption option) {
        entity.slug = option.getSlug();
        entity.document = write(option);
    }

    public TransitionPath path(PathEntity entity) {
        return read(entity.document, TransitionPath.class);
    }

    public void fill(PathEntity entity, TransitionPath path) {
        entity.slug = path.getSlug();
        entity.fromRole = path.getFrom();
        entity.toRole = path.getTo();
        entity.option = path.getOption();
        entity.document = write(path);
    }
}
