package io.pathfinder.catalog.role.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record RequirementValue(
        @Column(name = "skill_slug") String skill,
        int importance,
        @Column(name = "required_level") int level) {
}
