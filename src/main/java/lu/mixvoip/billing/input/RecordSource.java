package lu.mixvoip.billing.input;

import java.util.Optional;

/** A stream of input rows: a CSV file or a database table. */
public interface RecordSource extends AutoCloseable {
    Optional<SourceRecord> next();

    @Override
    void close();
}
