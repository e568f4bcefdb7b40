package io.supportcoach.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Counts what a service sends its database: statements, and the transactions they run in. A statement on a
 * connection out of auto-commit is what makes PostgreSQL's driver send BEGIN first, and the commit or rollback that
 * ends it sends COMMIT or ROLLBACK; statements in auto-commit send neither. Counted at the JDBC driver, so native
 * SQL, Hibernate's and plain JDBC alike are seen, as PostgreSQL would see them.
 *
 * <p>A test class runs with {@code @TestProfile(StatementCount.Profile.class)}, which puts {@link Driver} in front
 * of PostgreSQL's driver and stops the scheduled jobs, so nothing but the requests of the test talks to the database;
 * {@link #of(Runnable)} then counts what one request sent.
 */
public final class StatementCount {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();

    private StatementCount() {
    }

    /** What some work sent: statements, and how many transactions (each a BEGIN and a COMMIT or ROLLBACK) held them. */
    public record Tally(long statements, long transactions) {
    }

    /** Counts what the database received while {@code work} ran; the work must wait for its answers. */
    public static Tally of(Runnable work) {
        long statements = STATEMENTS.get();
        long transactions = TRANSACTIONS.get();
        work.run();
        return new Tally(STATEMENTS.get() - statements, TRANSACTIONS.get() - transactions);
    }

    /** A Quarkus of the test's own whose datasource counts, with no scheduled job running beside the requests. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.driver", Driver.class.getName(),
                    "quarkus.scheduler.enabled", "false");
        }
    }

    /** PostgreSQL's driver, with each connection counted. Not registered with DriverManager: only the pool uses it. */
    public static final class Driver implements java.sql.Driver {

        private final java.sql.Driver postgresql;

        public Driver() {
            try {
                postgresql = (java.sql.Driver) Class.forName("org.postgresql.Driver", true,
                        Driver.class.getClassLoader()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("PostgreSQL's JDBC driver is not on the class path", e);
            }
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = postgresql.connect(url, info);
            return connection == null ? null : counted(connection);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return postgresql.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return postgresql.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return postgresql.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return postgresql.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return postgresql.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return postgresql.getParentLogger();
        }
    }

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");

    private static Connection counted(Connection connection) {
        var handler = new ConnectionHandler(connection);
        Connection proxy = (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
                new Class<?>[] { Connection.class }, handler);
        handler.proxy = proxy;
        return proxy;
    }

    /** One connection: whether a transaction is open on it, which its statements show and commit or rollback end. */
    private static final class ConnectionHandler implements InvocationHandler {

        private final Connection connection;
        private Connection proxy;
        private boolean inTransaction;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean ends = name.equals("commit") || name.equals("close")
                    || name.equals("rollback") && (args == null || args.length == 0)
                    || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]);
            Object result = call(connection, method, args);
            if (ends) {
                inTransaction = false;
            }
            if (STATEMENT_FACTORIES.contains(name)) {
                return statement((Statement) result);
            }
            return result;
        }

        private Statement statement(Statement statement) {
            Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return (Statement) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] { type },
                    (self, method, args) -> {
                        if (EXECUTES.contains(method.getName())) {
                            executing();
                        }
                        return method.getName().equals("getConnection") ? proxy : call(statement, method, args);
                    });
        }

        private void executing() throws SQLException {
            STATEMENTS.incrementAndGet();
            if (!inTransaction && !connection.getAutoCommit()) {
                inTransaction = true;
                TRANSACTIONS.incrementAndGet();
            }
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
