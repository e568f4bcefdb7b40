package io.supportcoach.persistence.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What an operator does with the outbox: look at the backlog and a message, release a parked message. Each read is
 * one statement, so it needs no transaction of its own (it joins the caller's, if any).
 */
@ApplicationScoped
public class OutboxAdmin {

    private static final String VIEW = "select id, position, aggregate_type, aggregate_id, message_type, destination,"
            + " status, attempts, last_error, created_at, next_attempt_at, delivered_at from outbox_message";

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

    public OutboxBacklog backlog() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select"
                        + " count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED'),"
                        + " coalesce(extract(epoch from now() - min(created_at) filter (where status = 'PENDING'))"
                        + " * 1000, 0)::bigint from outbox_message where status in ('PENDING', 'FAILED')");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new OutboxBacklog(row.getLong(1), row.getLong(2), Duration.ofMillis(row.getLong(3)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox backlog", e);
        }
    }

    public Optional<OutboxMessageView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(VIEW + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read outbox message " + id, e);
        }
    }

    /** Oldest first, after the given position; only messages in {@code status} when it is given. */
    public List<OutboxMessageView> list(OutboxStatus status, long afterPosition, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(VIEW + " where position > ?"
                        + " and (cast(? as varchar) is null or status = ?) order by position limit ?")) {
            String wanted = status == null ? null : status.name();
            select.setLong(1, afterPosition);
            select.setString(2, wanted);
            select.setString(3, wanted);
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<OutboxMessageView> views = new ArrayList<>();
                while (rows.next()) {
                    views.add(view(rows));
                }
                return views;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list outbox messages", e);
        }
    }

    private static OutboxMessageView view(ResultSet row) throws SQLException {
        return new OutboxMessageView(row.getObject(1, UUID.class), row.getLong(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), OutboxStatus.valueOf(row.getString(7)), row.getInt(8),
                row.getString(9), instant(row.getTimestamp(10)), instant(row.getTimestamp(11)),
                instant(row.getTimestamp(12)));
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
