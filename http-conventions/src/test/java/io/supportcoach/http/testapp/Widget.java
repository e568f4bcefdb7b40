package io.supportcoach.http.testapp;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The smallest resource that exercises every convention. */
@Entity
public class Widget extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Version
    public long version;
}
