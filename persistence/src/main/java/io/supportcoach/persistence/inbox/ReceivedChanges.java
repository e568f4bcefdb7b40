package io.supportcoach.persistence.inbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Applies what another service reports once per delivery key, for good. The key's row is written first: a second
 * delivery of the same key waits on it until the first commits, then finds it and answers what the first did, even
 * if what the first changed has been changed back since.
 */
@ApplicationScoped
public class ReceivedChanges {

    private final DataSource dataSource;

    public ReceivedChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code apply} on the first delivery of the change's key and keeps the names of the effects it returns;
     * answers what the first delivery did, or nothing when the key was first used for another change (one whose
     * identity columns hold other values). MANDATORY: the key's row must commit with what applying the change
     * wrote, or neither may.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Receipt> receive(ReportedChange change, Supplier<? extends List<? extends Enum<?>>> apply) {
        if (onConnection(change, connection -> insert(connection, change)) == 1) {
            List<String> effects = apply.get().stream().map(Enum::name).toList();
            onConnection(change, connection -> storeEffects(connection, change, effects));
        }
        return onConnection(change, connection -> stored(connection, change));
    }

    private static int insert(Connection connection, ReportedChange change) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("delivery_key", change.deliveryKey());
        row.put("sender", change.sender());
        row.putAll(change.identity());
        row.putAll(change.details());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + change.table()
                + " (" + String.join(", ", row.keySet()) + ") values ("
                + String.join(", ", Collections.nCopies(row.size(), "?"))
                + ") on conflict (delivery_key) do nothing")) {
            int parameter = 1;
            for (Object value : row.values()) {
                insert.setObject(parameter++, value instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            return insert.executeUpdate();
        }
    }

    private static int storeEffects(Connection connection, ReportedChange change, List<String> effects)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + change.table()
                + " set effects = ? where delivery_key = ?")) {
            update.setArray(1, connection.createArrayOf("varchar", effects.toArray(String[]::new)));
            update.setString(2, change.deliveryKey());
            return update.executeUpdate();
        }
    }

    private static Optional<Receipt> stored(Connection connection, ReportedChange change) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select "
                + String.join(", ", change.identity().keySet()) + ", effects, received_at from " + change.table()
                + " where delivery_key = ?")) {
            select.setString(1, change.deliveryKey());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                for (Map.Entry<String, String> column : change.identity().entrySet()) {
                    if (!Objects.equals(column.getValue(), row.getString(column.getKey()))) {
                        return Optional.empty();
                    }
                }
                Array effects = row.getArray("effects");
                return Optional.of(new Receipt(List.of((String[]) effects.getArray()),
                        row.getObject("received_at", OffsetDateTime.class).toInstant()));
            }
        }
    }

    private <T> T onConnection(ReportedChange change, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not receive the change with key " + change.deliveryKey()
                    + " in " + change.table(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
