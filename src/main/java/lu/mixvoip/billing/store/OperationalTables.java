package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * The operational tables {@code customers}, {@code contracts}, {@code interventions}, {@code tickets}, read back as
 * the text the input files hold, so that {@code --source=db} goes through exactly the row rules of the CSV path;
 * rows keep the line they had in the imported file. Rows stream through a JDBC cursor.
 */
public class OperationalTables {
    /**
     * The tables, each with its key, in the order of the input files; then the starts of the intervention rows the
     * import refused, which §15 still counts as first interventions.
     */
    public enum Table {
        CUSTOMERS("customer_id"), CONTRACTS("contract_id"), INTERVENTIONS("intervention_id"), TICKETS("ticket"),
        REFUSED_INTERVENTION_STARTS("intervention_id");

        private final String key;

        Table(String key) {
            this.key = key;
        }

        public String tableName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A stored row: the table, the line it had in the imported file (if any), its typed values keyed by input column
     * ({@code String}, {@code OffsetDateTime}, {@code LocalDate} or {@code BigDecimal}; absent when NULL).
     */
    public record StoredRow(String table, Long line, Map<String, Object> values) {
        /** A value as the CSV file would hold it ("" when NULL): for messages and digests, never to be parsed. */
        public String text(String column) {
            Object value = values.get(column);
            if (value instanceof OffsetDateTime time) {
                return time.format(TIMESTAMP);
            }
            if (value instanceof BigDecimal amount) {
                return amount.toPlainString();
            }
            return value == null ? "" : value.toString();
        }
    }

    /** The rows of one table, in key order; closing it releases the connection. */
    public interface Rows extends AutoCloseable {
        Optional<StoredRow> next();

        @Override
        void close();
    }
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");
    private static final int FETCH_SIZE = 2000;

    /** A column of a table: its name in the input file, in the table, and its SQL type. */
    record Column(String input, String name, String type) {
    }

    /** Each table's columns in the order the import writes them, the key first and the source line last. */
    static List<Column> columns(Table table) {
        return switch (table) {
            case CUSTOMERS -> List.of(text("customer_id", 32), text("name", 200), text("street", 200),
                    text("postal_code", 20), text("city", 200), text("country", 2), text("vat_number", 20),
                    text("email", 254), text("language", 2), text("travel_zone", 32), text("peppol_id", 135),
                    SOURCE_LINE);
            case CONTRACTS -> List.of(text("contract_id", 32), text("customer_id", 32), text("tier", 16),
                    new Column("start_date", "start_date", "DATE"), new Column("end_date", "end_date", "DATE"),
                    new Column("monthly_fee", "monthly_fee", "NUMERIC(12,2)"), SOURCE_LINE);
            case INTERVENTIONS -> List.of(text("intervention_id", 32), text("customer_id", 32), text("ticket", 64),
                    text("technician", 100), timestamp("start", "start_at"), timestamp("end", "end_at"),
                    text("mode", 8), text("skill", 16), text("description", 2000), SOURCE_LINE);
            case TICKETS -> List.of(text("ticket", 32), text("customer_id", 32),
                    timestamp("reported_at", "reported_at"), timestamp("responded_at", "responded_at"), SOURCE_LINE);
            case REFUSED_INTERVENTION_STARTS -> List.of(text("intervention_id", 32), text("customer_id", 32),
                    text("ticket", 32), timestamp("start", "start_at"), SOURCE_LINE);
        };
    }

    private static final Column SOURCE_LINE = new Column(null, "source_line", "BIGINT");

    private static Column text(String name, int length) {
        return new Column(name, name, "VARCHAR(" + length + ")");
    }

    private static Column timestamp(String input, String name) {
        return new Column(input, name, "TIMESTAMP WITH TIME ZONE");
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public OperationalTables(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The rows of one table that may matter for {@code month} (Luxembourg time): tickets reported in it and
     * interventions from its start on (a ticket's first intervention may come in a later month), each with a day's
     * margin, as the loader decides on the Luxembourg date as for CSV rows.
     */
    public Rows open(Table file, YearMonth month) {
        String sql = "SELECT * FROM " + file.tableName();
        OffsetDateTime from = month.atDay(1).minusDays(1).atStartOfDay(LuxembourgCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(2).atStartOfDay(LuxembourgCalendar.ZONE).toOffsetDateTime();
        Object[] args = switch (file) {
            case INTERVENTIONS, REFUSED_INTERVENTION_STARTS -> new Object[] {from};
            case TICKETS -> new Object[] {from, to};
            default -> new Object[] {};
        };
        sql += switch (file) {
            case INTERVENTIONS, REFUSED_INTERVENTION_STARTS -> " WHERE start_at >= ?";
            case TICKETS -> " WHERE reported_at >= ? AND reported_at < ?";
            default -> "";
        };
        return new Cursor(file, sql + " ORDER BY " + file.key, args);
    }

    /**
     * Feeds {@code digest} with every row {@link #open} gives for {@code month}, table by table in key order, each
     * value as the CSV file would hold it: equal digests mean the month reads the same rows.
     */
    public void digest(YearMonth month, MessageDigest digest) {
        for (Table table : Table.values()) {
            List<Column> inputs = columns(table).stream().filter(c -> c.input() != null).toList();
            try (Rows rows = open(table, month)) {
                for (Optional<StoredRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                    for (Column column : inputs) {
                        String value = row.get().text(column.input());
                        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
                        // each value preceded by its length (-1: NULL), so that no two rows digest alike
                        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : bytes.length)
                                .array());
                        digest.update(bytes);
                    }
                }
            }
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-2).array()); // the end of a table
        }
    }

    public Set<String> customerIds() {
        return new HashSet<>(jdbc.queryForList("SELECT customer_id FROM customers", String.class));
    }

    /** A streaming read on the transaction's connection. */
    private final class Cursor implements Rows {
        private final Table file;
        private final List<Column> columns;
        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;

        Cursor(Table file, String sql, Object[] args) {
            this.file = file;
            this.columns = columns(file);
            this.connection = DataSourceUtils.getConnection(dataSource);
            try {
                statement = connection.prepareStatement(sql);
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                rows = statement.executeQuery();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read table " + file.tableName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<StoredRow> next() {
            try {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Map<String, Object> values = new HashMap<>();
                for (Column column : columns) {
                    Object value = column.input() == null ? null : value(rows, column);
                    if (value != null) {
                        values.put(column.input(), value);
                    }
                }
                return Optional.of(new StoredRow(file.tableName(), rows.getObject("source_line", Long.class), values));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read table " + file.tableName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /** A column's value, typed as the column is; null when NULL. */
    private static Object value(ResultSet rows, Column column) throws SQLException {
        return switch (column.type()) {
            case "TIMESTAMP WITH TIME ZONE" -> rows.getObject(column.name(), OffsetDateTime.class);
            case "DATE" -> rows.getObject(column.name(), LocalDate.class);
            case "NUMERIC(12,2)" -> rows.getBigDecimal(column.name());
            default -> rows.getString(column.name());
        };
    }
}
