package io.pathfinder.catalog.path;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A transition path: its contract JSON, with the entries it references as columns the database checks. */
@Entity
@Table(name = "transition_paths")
public class PathEntity extends CatalogEntryEntity {

    @Column(name = "from_role")
    public String fromRole;

    @Column(name = "to_role")
    public String toRole;

    @Column(name = "option_slug")
    public String option;

    public static List<PathEntity> usingRole(String catalog, String role) {
        return list("catalog = ?1 and (fromRole = ?2 or toRole = ?2)", catalog, role);
    }

    public static List<PathEntity> usingOption(String catalog, String option) {
        return list("catalog = ?1 and option = ?2", catalog, option);
    }
}
