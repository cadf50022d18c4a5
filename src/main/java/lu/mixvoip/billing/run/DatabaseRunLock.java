package lu.mixvoip.billing.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * On PostgreSQL, runs on different machines share one store: a session-level advisory lock, held on its own
 * connection for the whole run, keeps them one at a time. The server drops it when the holder's connection dies.
 */
public final class DatabaseRunLock implements AutoCloseable {
    private static final long KEY = 0x5355_5050_4f52_5442L; // "SUPPORTB"

    private final Connection connection;

    private DatabaseRunLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock (a no-op on stores other than PostgreSQL), or null when another live run holds it. */
    public static DatabaseRunLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            connection.close();
            return new DatabaseRunLock(null);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    return new DatabaseRunLock(connection);
                }
            }
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        // A pooled connection outlives close(): unlock explicitly. A dead process's lock goes with its session.
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
