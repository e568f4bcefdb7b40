package io.supportcoach.persistence.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes a message in the transaction of the business change that causes it, for the relay to deliver. */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public Outbox(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    /**
     * Enqueues a message and returns its id. MANDATORY: a message without the caller's transaction could
     * outlive a rolled-back change or be lost after a committed one.
     *
     * <p>The transaction-scoped advisory lock on the aggregate makes writers of one aggregate take their
     * positions one after the other, so a later position is never committed before an earlier one of the
     * same aggregate; otherwise the relay could deliver message 2 while message 1 is not yet visible.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String aggregateType, String aggregateId, String messageType, String destination,
            Object payload) {
        UUID id = UUID.randomUUID();
        String json = toJson(payload);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('outbox:' || ? || ':' || ?, 0))")) {
                lock.setString(1, aggregateType);
                lock.setString(2, aggregateId);
                lock.execute();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_message (id, aggregate_type, aggregate_id, message_type, destination, payload)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb)")) {
                insert.setObject(1, id);
                insert.setString(2, aggregateType);
                insert.setString(3, aggregateId);
                insert.setString(4, messageType);
                insert.setString(5, destination);
                insert.setString(6, json);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not enqueue " + messageType + " for " + aggregateType + " "
                    + aggregateId, e);
        }
        return id;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload cannot be written as JSON", e);
        }
    }
}
