package lu.mixvoip.billing.input;

/** One input row, from a CSV file or a database table, with where it came from for rejects.csv. */
public interface SourceRecord {
    /** The file name (or table name) shown in rejects.csv. */
    String file();

    /** Physical line on which the record starts (header = 1), or null for a database row. */
    Long line();

    /** The trimmed value of a column; empty when blank. */
    String get(String column);

    /** Null when the row has the header's number of fields, else why not. */
    String shapeProblem();
}
