package io.supportcoach.persistence.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What an operator does with the outbox: look at the backlog and a message, release a parked message. */
@ApplicationScoped
public class OutboxAdmin {

    private final DataSource dataSource;

    public OutboxAdmin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Puts a parked message back in line with fresh attempts; false if it is not FAILED. */
    @Transactional
    public boolean retry(UUID id) {
        return update("update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = now()"
                + " where id = ? and status = 'FAILED'", id);
    }

    /** Gives up on a parked message, which releases the later messages of its aggregate; false if not FAILED. */
    @Transactional
    public boolean discard(UUID id) {
        return update("update outbox_message set status = 'DISCARDED' where id = ? and status = 'FAILED'", id);
    }

    @Transactional
    public OutboxBacklog backlog() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*),"
                        + " coalesce(extract(epoch from now() - min(created_at)) * 1000, 0)::bigint"
                        + " from outbox_message where status = 'PENDING'");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new OutboxBacklog(row.getLong(1), Duration.ofMillis(row.getLong(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox backlog", e);
        }
    }

    @Transactional
    public Optional<OutboxMessageView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, position, aggregate_type,"
                        + " aggregate_id, message_type, destination, status, attempts, last_error, created_at,"
                        + " next_attempt_at, delivered_at from outbox_message where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OutboxMessageView(row.getObject(1, UUID.class), row.getLong(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        OutboxStatus.valueOf(row.getString(7)), row.getInt(8), row.getString(9),
                        instant(row.getTimestamp(10)), instant(row.getTimestamp(11)), instant(row.getTimestamp(12))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read outbox message " + id, e);
        }
    }

    private boolean update(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not update outbox message " + id, e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
