package io.pathfinder.catalog.option;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A transition option, stored as its contract JSON. */
@Entity
@Table(name = "transition_options")
public class OptionEntity extends CatalogEntryEntity {
}
