package lu.mixvoip.billing.input;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import lu.mixvoip.billing.core.time.Timestamps;

/**
 * One input row, from a CSV file or a database table, with where it came from for rejects.csv. A CSV row holds text,
 * which the typed readers parse; a database row gives its typed columns as they are, without a text round trip.
 */
public interface SourceRecord {
    /** The file name (or table name) shown in rejects.csv. */
    String file();

    /** Physical line on which the record starts (header = 1), or null for a database row. */
    Long line();

    /** The trimmed value of a column; empty when blank. */
    String get(String column);

    /** Null when the row has the header's number of fields, else why not. */
    String shapeProblem();

    /** A timestamp column in Luxembourg time, to the minute (see {@link Timestamps}); empty: blank or not one. */
    default Optional<ZonedDateTime> timestamp(String column) {
        return Timestamps.parse(get(column));
    }

    /** A date column ({@code YYYY-MM-DD}); empty: blank or not one. */
    default Optional<LocalDate> date(String column) {
        try {
            return Optional.of(LocalDate.parse(get(column)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
