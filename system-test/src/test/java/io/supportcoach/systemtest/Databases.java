package io.supportcoach.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The system tests' own databases ({@code systest_skills}, ...; {@code ./suite db} creates them), emptied at
 * the start of every run so each run begins where a new installation does: the services' migrations build the
 * schema again.
 */
final class Databases {

    private Databases() {
    }

    static String nameFor(String service) {
        return "systest_" + service.replace("-service", "");
    }

    /**
     * Drops the public schema with everything in it (tables, Flyway's history, the pg_trgm extension the first
     * migration creates) and creates it empty. The database owner may do this even for objects it does not own.
     */
    static void reset(Settings settings, String database) {
        String url = "jdbc:postgresql://" + settings.dbHost() + ":" + settings.dbPort() + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("SET client_min_messages = warning");
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty database " + database + " at " + settings.dbHost() + ":"
                    + settings.dbPort() + " as " + settings.dbUser() + " (" + e.getMessage()
                    + "); ./suite db creates the system tests' databases", e);
        }
    }
}
