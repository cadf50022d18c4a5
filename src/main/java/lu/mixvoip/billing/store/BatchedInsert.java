package lu.mixvoip.billing.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/** Rows for one statement, sent to the database in JDBC batches of a thousand, each in {@code writes}. */
public final class BatchedInsert implements RowSink {
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final TransactionOperations writes;
    private final List<Object[]> rows = new ArrayList<>();

    public BatchedInsert(JdbcTemplate jdbc, String sql) {
        this(jdbc, sql, TransactionOperations.withoutTransaction());
    }

    public BatchedInsert(JdbcTemplate jdbc, String sql, TransactionOperations writes) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.writes = writes;
    }

    @Override
    public void add(Object... row) {
        rows.add(row);
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (!rows.isEmpty()) {
            writes.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
            rows.clear();
        }
    }
}
