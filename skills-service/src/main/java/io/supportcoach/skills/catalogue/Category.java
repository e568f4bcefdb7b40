package io.supportcoach.skills.catalogue;

import java.util.Optional;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of skills, such as communication or leadership. */
@Entity
@Table(name = "category")
public class Category extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;

    public static Optional<Category> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
