package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** Rows numbered from 2, failing after {@code failAfter} rows when positive. */
    private static final class NumberedRows implements RecordSource {
        final AtomicLong handedOut = new AtomicLong();
        final AtomicBoolean closed = new AtomicBoolean();
        private final long rows;
        private final long failAfter;

        NumberedRows(long rows, long failAfter) {
            this.rows = rows;
            this.failAfter = failAfter;
        }

        @Override
        public Optional<SourceRecord> next() {
            long n = handedOut.get();
            if (failAfter > 0 && n == failAfter) {
                throw new InputException("rows.csv line " + (n + 2) + ": not UTF-8");
            }
            if (n == rows) {
                return Optional.empty();
            }
            handedOut.incrementAndGet();
            long line = n + 2;
            return Optional.of(new SourceRecord() {
                public String file() {
                    return "rows.csv";
                }

                public Long line() {
                    return line;
                }

                public String get(String column) {
                    return "";
                }

                public String shapeProblem() {
                    return null;
                }
            });
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void handsOverEveryRowInTheSourcesOrderAndClosesIt() {
        NumberedRows source = new NumberedRows(10_000, 0);
        List<Long> lines = new ArrayList<>();
        try (ReadAhead rows = new ReadAhead(source, "rows.csv")) {
            for (Optional<SourceRecord> row = rows.next(); row.isPresent(); row = rows.next()) {
                lines.add(row.get().line());
            }
            assertThat(rows.next()).isEmpty();
        }
        assertThat(lines).hasSize(10_000).isSorted().startsWith(2L).endsWith(10_001L);
        assertThat(source.closed).isTrue();
    }

    @Test
    void throwsTheSourcesFailureAfterTheRowsBeforeIt() {
        NumberedRows source = new NumberedRows(10_000, 3_000);
        long read = 0;
        try (ReadAhead rows = new ReadAhead(source, "rows.csv")) {
            while (read < 3_000) {
                assertThat(rows.next()).isPresent();
                read++;
            }
            assertThatThrownBy(rows::next).isInstanceOf(InputException.class).hasMessage("rows.csv line 3002: not UTF-8");
        }
    }

    @Test
    void closingEarlyStopsTheReader() {
        NumberedRows source = new NumberedRows(Long.MAX_VALUE, 0);
        try (ReadAhead rows = new ReadAhead(source, "rows.csv")) {
            assertThat(rows.next()).isPresent();
        }
        assertThat(source.closed).as("the reader left its endless loop and closed the source").isTrue();
    }
}
