package lu.mixvoip.billing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.RecordSource;
import lu.mixvoip.billing.input.SourceRecord;

/**
 * The operational tables {@code customers}, {@code contracts}, {@code interventions} read as input rows, so that
 * {@code --source=db} goes through exactly the row rules of the CSV path. Rows stream through a JDBC cursor.
 */
public class OperationalTables {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");
    private static final int FETCH_SIZE = 2000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public OperationalTables(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The rows of one table; for interventions only those that may start in {@code month} (Luxembourg time). */
    public RecordSource open(InputFile file, YearMonth month) {
        String sql = "SELECT * FROM " + file.tableName();
        Object[] args = {};
        if (file == InputFile.INTERVENTIONS) {
            // A day's margin each side: the loader decides on the Luxembourg date, as for CSV rows.
            sql += " WHERE start_at >= ? AND start_at < ?";
            args = new Object[] {month.atDay(1).minusDays(1).atStartOfDay(LuxembourgCalendar.ZONE).toOffsetDateTime(),
                    month.plusMonths(1).atDay(2).atStartOfDay(LuxembourgCalendar.ZONE).toOffsetDateTime()};
        }
        return new Cursor(file, sql + " ORDER BY " + file.idColumn(), args);
    }

    public Set<String> customerIds() {
        return new HashSet<>(jdbc.queryForList("SELECT customer_id FROM customers", String.class));
    }

    /** A streaming read on the transaction's connection. */
    private final class Cursor implements RecordSource {
        private final InputFile file;
        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;

        Cursor(InputFile file, String sql, Object[] args) {
            this.file = file;
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
        public Optional<SourceRecord> next() {
            try {
                if (!rows.next()) {
                    return Optional.empty();
                }
                java.util.Map<String, String> values = new java.util.HashMap<>();
                for (String column : file.columns()) {
                    values.put(column, text(rows, column));
                }
                for (String column : file.optionalColumns()) {
                    values.put(column, text(rows, column));
                }
                return Optional.of(new TableRow(file.tableName(), values));
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

    private static String text(ResultSet rows, String column) throws SQLException {
        return switch (column) {
            case "start", "end" -> {
                OffsetDateTime value = rows.getObject(column + "_at", OffsetDateTime.class);
                yield value == null ? "" : value.format(TIMESTAMP);
            }
            case "start_date", "end_date" -> {
                LocalDate value = rows.getObject(column, LocalDate.class);
                yield value == null ? "" : value.toString();
            }
            default -> {
                String value = rows.getString(column);
                yield value == null ? "" : value.trim();
            }
        };
    }

    /** A database row: no line number, always the table's shape. */
    private record TableRow(String file, java.util.Map<String, String> values) implements SourceRecord {
        @Override
        public Long line() {
            return null;
        }

        @Override
        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        @Override
        public String shapeProblem() {
            return null;
        }
    }
}
