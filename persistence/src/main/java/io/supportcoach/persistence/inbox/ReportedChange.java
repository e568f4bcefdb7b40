package io.supportcoach.persistence.inbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A change another service reports, as its row in {@code table} keeps it: the delivery key and the sender, the
 * columns that say which change it is, which a repeat of the key must match, and the other columns it stores.
 * The table has the columns {@code delivery_key} (its primary key), {@code sender}, {@code received_at} (defaulted),
 * {@code effects} (a varchar array) and those named here.
 */
public record ReportedChange(String table, String deliveryKey, String sender, Map<String, String> identity,
        Map<String, Object> details) {

    /** Names go into the SQL as they are; this keeps them to plain identifiers. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    public ReportedChange {
        if (deliveryKey == null || deliveryKey.isBlank()) {
            throw new IllegalArgumentException("a reported change needs its delivery key");
        }
        if (identity.isEmpty()) {
            throw new IllegalArgumentException("a reported change needs the columns that tell it from another");
        }
        requireIdentifier(table);
        identity.keySet().forEach(ReportedChange::requireIdentifier);
        details.keySet().forEach(ReportedChange::requireIdentifier);
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A change as the sender reported it, a record whose row has a column for each of its components, named in
     * snake case ({@code teamId} in {@code team_id}), an enum kept by its name. The components named in
     * {@code identity} tell one change from another; the request and the table then never disagree on a column.
     */
    public static ReportedChange of(String table, String deliveryKey, String sender, Record change,
            String... identity) {
        List<String> identifying = List.of(identity);
        Map<String, String> identityColumns = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (RecordComponent component : change.getClass().getRecordComponents()) {
            Object value = valueOf(change, component);
            String column = WORD_START.matcher(component.getName()).replaceAll("_").toLowerCase(Locale.ROOT);
            if (identifying.contains(component.getName())) {
                identityColumns.put(column, value == null ? null : value.toString());
            } else {
                details.put(column, value);
            }
        }
        if (identityColumns.size() != identifying.size()) {
            throw new IllegalArgumentException(change.getClass().getSimpleName() + " lacks one of " + identifying);
        }
        return new ReportedChange(table, deliveryKey, sender, identityColumns, details);
    }

    private static Object valueOf(Record change, RecordComponent component) {
        try {
            Object value = component.getAccessor().invoke(change);
            return value instanceof Enum<?> constant ? constant.name() : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + component.getName() + " of a reported change", e);
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain table or column name: " + name);
        }
    }
}
