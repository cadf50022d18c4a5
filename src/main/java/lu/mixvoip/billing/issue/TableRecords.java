package lu.mixvoip.billing.issue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.input.CsvTable;
import lu.mixvoip.billing.input.RecordSource;
import lu.mixvoip.billing.input.SourceRecord;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.OperationalTables.StoredRow;

/**
 * An operational table's rows as input rows: {@code --source=db} goes through the row rules of the CSV path, its
 * timestamps and dates read as the typed values the columns hold, its text as stored.
 */
final class TableRecords implements RecordSource {
    private final OperationalTables.Rows rows;

    TableRecords(OperationalTables.Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<SourceRecord> next() {
        return rows.next().map(StoredRecord::new);
    }

    @Override
    public void close() {
        rows.close();
    }

    /**
     * A database row: always the table's shape, the line it had in the imported file, if any, and its values without
     * surrounding spaces, as a CSV field.
     */
    private record StoredRecord(StoredRow row) implements SourceRecord {
        @Override
        public String file() {
            return row.table();
        }

        @Override
        public Long line() {
            return row.line();
        }

        @Override
        public String get(String column) {
            return CsvTable.withoutSurroundingSpaces(row.text(column));
        }

        /** The column's instant in Luxembourg time, to the minute as a CSV timestamp reads. */
        @Override
        public Optional<ZonedDateTime> timestamp(String column) {
            return Optional.ofNullable(row.values().get(column)).filter(OffsetDateTime.class::isInstance)
                    .map(v -> ((OffsetDateTime) v).truncatedTo(ChronoUnit.MINUTES)
                            .atZoneSameInstant(LuxembourgCalendar.ZONE));
        }

        @Override
        public Optional<LocalDate> date(String column) {
            return Optional.ofNullable(row.values().get(column)).filter(LocalDate.class::isInstance)
                    .map(LocalDate.class::cast);
        }

        @Override
        public String shapeProblem() {
            return null;
        }
    }
}
