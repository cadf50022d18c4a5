package lu.mixvoip.billing.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded H2 store appends what a run writes and, at each close, rewrites only what it can in a fraction of a
 * second (H2's MAX_COMPACT_TIME): after a billing or an import most of the file is pages nobody reads, which every
 * later run opens and goes on tidying. So a run that wrote a month has the store rewritten into a compact file as
 * the process lets it go (H2's SHUTDOWN COMPACT: a new file, moved over the old one, so a crash keeps either).
 * Destroyed before the data source, whose pool it closes first; a PostgreSQL or server store is left to its own
 * maintenance.
 */
@Component
public class EmbeddedStoreCompaction implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreCompaction.class);
    private static final String EMBEDDED = "jdbc:h2:file:";
    /** H2's "database is already closed": what the session that ran SHUTDOWN is told once it has. */
    private static final int CLOSED = 90121;

    private final DataSource dataSource;
    private volatile boolean wrote;

    public EmbeddedStoreCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A run wrote a month (documents or imported rows): the store is compacted when the process ends. */
    public void afterWriting() {
        wrote = true;
    }

    @Override
    public void destroy() throws SQLException {
        if (!wrote || !dataSource.isWrapperFor(HikariDataSource.class)) {
            return;
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (!pool.getJdbcUrl().startsWith(EMBEDDED)) {
            return;
        }
        // The pool closed first: it would otherwise open new connections, and the store again, after the shutdown.
        pool.close();
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != CLOSED) {
                // The run is over and what it wrote is committed: a store left uncompacted only opens more slowly.
                log.warn("The store was not compacted: {}", e.getMessage());
            }
        }
    }
}
