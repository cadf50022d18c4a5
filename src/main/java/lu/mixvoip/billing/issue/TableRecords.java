package lu.mixvoip.billing.issue;

import java.util.Optional;

import lu.mixvoip.billing.input.CsvTable;
import lu.mixvoip.billing.input.RecordSource;
import lu.mixvoip.billing.input.SourceRecord;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.OperationalTables.StoredRow;

/** An operational table's rows as input rows: {@code --source=db} goes through the row rules of the CSV path. */
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
            return CsvTable.withoutSurroundingSpaces(row.values().getOrDefault(column, ""));
        }

        @Override
        public String shapeProblem() {
            return null;
        }
    }
}
