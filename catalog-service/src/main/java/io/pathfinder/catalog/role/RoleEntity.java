package io.pathfinder.catalog.role;

import io.pathfinder.catalog.entry.CatalogEntryEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A role: its contract JSON without requirements, which live in their own table so skills cannot vanish under them. */
@Entity
@Table(name = "roles")
public class RoleEntity extends CatalogEntryEntity {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_requirements", joinColumns = {
            @JoinColumn(name = "catalog", referencedColumnName = "catalog"),
            @JoinColumn(name = "role_slug", referencedColumnName = "slug")})
    public List<RequirementValue> requirements = new ArrayList<>();

    public static List<RoleEntity> requiringSkill(String catalog, String skill) {
        return list("select distinct r from RoleEntity r join r.requirements q where r.catalog = ?1 and q.skill = ?2",
                catalog, skill);
    }
}
