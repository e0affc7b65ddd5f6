package io.pathfinder.catalog.option.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A transition option, stored as its contract JSON. */
@Entity
@Table(name = "transition_options")
public class OptionEntity extends PanacheEntityBase {

    @Id
    public String slug;

    @Version
    public long version;

    public String document;
}
