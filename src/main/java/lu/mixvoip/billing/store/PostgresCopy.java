package lu.mixvoip.billing.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads rows into a PostgreSQL table the fast way: one streaming COPY into a temporary table, then one
 * INSERT ... ON CONFLICT that adds new ids and updates known ones. The server takes the rows in while the next ones
 * are read and checked. Into a table still empty, the rows are copied straight (the load checked their ids are
 * unique), without the temporary table and the upsert. A connection carries one COPY at a time: the sinks of one import share a {@link Channel},
 * and starting a COPY ends the one in progress (its rows are all in, a table after another).
 */
final class PostgresCopy implements RowSink {
    private static final int SEND_CHARS = 1 << 20;

    /** The import's connection (the one of its transaction) and the COPY in progress on it. */
    static final class Channel {
        private final JdbcTemplate jdbc;
        private PostgresCopy copying;

        Channel(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Ends the COPY in progress unless it is {@code sink}'s ({@code null}: ends any). */
        private void switchTo(PostgresCopy sink) {
            if (copying != null && copying != sink) {
                copying.endCopy();
            }
            copying = sink;
        }
    }

    private final Channel channel;
    private final String table;
    private final String key;
    private final List<String> columns;
    private final StringBuilder csv = new StringBuilder();
    private CopyIn copy;
    private boolean created;
    private boolean straight;

    /** {@code columns}: all columns in row order, the key first. */
    PostgresCopy(Channel channel, String table, List<String> columns) {
        this.channel = channel;
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
            if (row[i] instanceof OffsetDateTime time) {
                appendTimestamp(csv, time);
            } else if (row[i] != null) { // unquoted empty is NULL in COPY's CSV; "" is an empty string
                csv.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
        if (csv.length() >= SEND_CHARS) {
            send();
        }
    }

    @Override
    public void flush() {
        if (csv.length() > 0) {
            send();
        }
        channel.switchTo(null); // no statement may run while a COPY is in progress on the connection
        if (!created || straight) {
            return;
        }
        String names = String.join(", ", columns);
        String updates = String.join(", ", columns.subList(1, columns.size()).stream()
                .map(c -> c + " = EXCLUDED." + c).toList());
        channel.jdbc.update("INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + staging()
                + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates);
        channel.jdbc.update("TRUNCATE " + staging());
    }

    /**
     * {@code 2026-10-05T09:10:00+02:00}, written digit by digit: {@link OffsetDateTime#toString()} took a fifth of a
     * million-row import. Years outside 0-9999 and fractions of a second (never in the input) take the slow way.
     */
    static void appendTimestamp(StringBuilder out, OffsetDateTime time) {
        int year = time.getYear();
        if (year < 0 || year > 9999 || time.getNano() != 0) {
            out.append(time);
            return;
        }
        digits(out, year, 4).append('-');
        digits(out, time.getMonthValue(), 2).append('-');
        digits(out, time.getDayOfMonth(), 2).append('T');
        digits(out, time.getHour(), 2).append(':');
        digits(out, time.getMinute(), 2).append(':');
        digits(out, time.getSecond(), 2).append(time.getOffset().getId()); // "Z" or "+01:00", kept by ZoneOffset
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    private void send() {
        channel.switchTo(this);
        try {
            if (copy == null) {
                if (!created) {
                    straight = Boolean.FALSE.equals(channel.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM "
                            + table + ")", Boolean.class));
                    if (!straight) {
                        channel.jdbc.execute("CREATE TEMPORARY TABLE " + staging() + " (LIKE " + table
                                + ") ON COMMIT DROP");
                    }
                    created = true;
                }
                copy = connection().unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target() + " ("
                        + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into " + target() + " failed: " + e.getMessage(), e);
        }
    }

    private void endCopy() {
        if (copy == null) {
            return;
        }
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into " + target() + " failed: " + e.getMessage(), e);
        } finally {
            copy = null;
            if (channel.copying == this) {
                channel.copying = null;
            }
        }
    }

    /** The connection of the import's transaction (not closed here: the transaction owns it). */
    private Connection connection() {
        return DataSourceUtils.getConnection(channel.jdbc.getDataSource());
    }

    private String target() {
        return straight ? table : staging();
    }

    private String staging() {
        return "import_" + table;
    }
}
