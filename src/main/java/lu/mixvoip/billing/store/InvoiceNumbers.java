package lu.mixvoip.billing.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gapless document numbers ({@code INV-2026-000001}): one counter per prefix and issue year, advanced inside the
 * transaction that stores the document, so a rolled-back chunk gives its numbers back.
 */
public class InvoiceNumbers {
    private final JdbcTemplate jdbc;

    public InvoiceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(String prefix, int year) {
        int updated = jdbc.update("UPDATE number_sequence SET last_value = last_value + 1"
                + " WHERE prefix = ? AND issue_year = ?", prefix, year);
        if (updated == 0) {
            jdbc.update("INSERT INTO number_sequence (prefix, issue_year, last_value) VALUES (?, ?, 1)", prefix, year);
        }
        Long value = jdbc.queryForObject("SELECT last_value FROM number_sequence WHERE prefix = ? AND issue_year = ?",
                Long.class, prefix, year);
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
