package io.supportcoach.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A row that remembers who wrote it and when, with the version its ETag is made from. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public void stampCreated(String who) {
        createdAt = now();
        createdBy = who;
        stampUpdated(who);
    }

    /** PostgreSQL keeps microseconds; the answer to a write must show what a later read will. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void stampUpdated(String who) {
        updatedAt = now();
        updatedBy = who;
    }
}
