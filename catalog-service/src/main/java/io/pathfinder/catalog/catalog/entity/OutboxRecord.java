package io.pathfinder.catalog.catalog.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A catalog-changed event waiting to be published. */
@Entity
@Table(name = "outbox")
public class OutboxRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_key")
    public String key;

    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static OutboxRecord of(String key, String payload, OffsetDateTime createdAt) {
        OutboxRecord record = new OutboxRecord();
        record.key = key;
        record.payload = payload;
        record.createdAt = createdAt;
        return record;
    }

    public static List<OutboxRecord> oldest(int limit) {
        return find("order by id").page(0, limit).list();
    }
}
