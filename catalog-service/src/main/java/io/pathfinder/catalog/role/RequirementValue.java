package io.pathfinder.catalog.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Importance and level are small numbers, SMALLINT columns in the migration that schema validation checks. */
@Embeddable
public record RequirementValue(
        @Column(name = "skill_slug") String skill,
        @JdbcTypeCode(SqlTypes.SMALLINT) int importance,
        @Column(name = "required_level") @JdbcTypeCode(SqlTypes.SMALLINT) int level) {
}
