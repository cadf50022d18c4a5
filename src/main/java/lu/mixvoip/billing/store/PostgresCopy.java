package lu.mixvoip.billing.store;

import java.io.StringReader;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads rows into a PostgreSQL table the fast way: COPY into a temporary table, then one INSERT ... ON CONFLICT
 * that adds new ids and updates known ones. Several times faster than batched statements for a million rows.
 */
final class PostgresCopy implements RowSink {
    private static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final String table;
    private final String key;
    private final List<String> columns;
    private final StringBuilder csv = new StringBuilder();
    private int buffered;
    private boolean created;

    /** {@code columns}: all columns in row order, the key first. */
    PostgresCopy(JdbcTemplate jdbc, String table, List<String> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = columns.get(0);
        this.columns = columns;
    }

    @Override
    public void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (row[i] != null) { // unquoted empty is NULL in COPY's CSV; "" is an empty string
                csv.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
        if (++buffered >= BATCH) {
            copy();
        }
    }

    @Override
    public void flush() {
        copy();
        if (!created) {
            return;
        }
        String names = String.join(", ", columns);
        String updates = String.join(", ", columns.subList(1, columns.size()).stream()
                .map(c -> c + " = EXCLUDED." + c).toList());
        jdbc.update("INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + staging()
                + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates);
        jdbc.update("TRUNCATE " + staging());
    }

    private void copy() {
        if (buffered == 0) {
            return;
        }
        if (!created) {
            jdbc.execute("CREATE TEMPORARY TABLE " + staging() + " (LIKE " + table + ") ON COMMIT DROP");
            created = true;
        }
        String data = csv.toString();
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + staging() + " ("
                        + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)", new StringReader(data));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY into " + staging() + " failed: " + e.getMessage(), e);
            }
        });
        csv.setLength(0);
        buffered = 0;
    }

    private String staging() {
        return "import_" + table;
    }
}
