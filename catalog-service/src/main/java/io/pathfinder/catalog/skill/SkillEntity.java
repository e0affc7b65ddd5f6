package io.pathfinder.catalog.skill;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A skill, stored as its contract JSON. */
@Entity
@Table(name = "skills")
public class SkillEntity extends CatalogEntryEntity {
}
