package io.pathfinder.catalog.skill.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A skill, stored as its contract JSON. */
@Entity
@Table(name = "skills")
public class SkillEntity extends PanacheEntityBase {

    @Id
    public String slug;

    @Version
    public long version;

    public String document;
}
