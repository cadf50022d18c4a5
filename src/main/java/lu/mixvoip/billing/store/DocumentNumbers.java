package lu.mixvoip.billing.store;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gapless document numbers ({@code INV-2026-000001}): one counter per prefix and issue year, advanced inside the
 * transaction that stores the documents, so a rolled-back chunk gives its numbers back.
 */
public class DocumentNumbers {
    private final JdbcTemplate jdbc;

    public DocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} numbers of a sequence, handed out in order. */
    public Block reserve(String prefix, int year, int count) {
        if (count == 0) {
            return new Block(prefix, year, 1, 0);
        }
        int updated = jdbc.update("UPDATE number_sequence SET last_value = last_value + ?"
                + " WHERE prefix = ? AND issue_year = ?", count, prefix, year);
        if (updated == 0) {
            jdbc.update("INSERT INTO number_sequence (prefix, issue_year, last_value) VALUES (?, ?, ?)", prefix, year,
                    count);
        }
        Long last = jdbc.queryForObject("SELECT last_value FROM number_sequence WHERE prefix = ? AND issue_year = ?",
                Long.class, prefix, year);
        return new Block(prefix, year, last - count + 1, last);
    }

    /** The last number handed out in a sequence, 0 when none was. */
    public long lastValue(String prefix, int year) {
        List<Long> last = jdbc.queryForList("SELECT last_value FROM number_sequence WHERE prefix = ? AND issue_year = ?",
                Long.class, prefix, year);
        return last.isEmpty() ? 0 : last.get(0);
    }

    /** A run of reserved numbers. */
    public static final class Block {
        private final String prefix;
        private final int year;
        private long next;
        private final long last;

        private Block(String prefix, int year, long first, long last) {
            this.prefix = prefix;
            this.year = year;
            this.next = first;
            this.last = last;
        }

        public String next() {
            if (next > last) {
                throw new IllegalStateException("no number left in the reserved block of " + prefix);
            }
            return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, next++);
        }
    }
}
