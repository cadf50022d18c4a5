package lu.mixvoip.billing.store;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows refused in a run, in the order rejects.csv lists them (file, then line). */
public class RejectRepository {

    /**
     * One line of rejects.csv: the file (or table) name as shown, the line the record starts on, its id (at most 64
     * characters, as the caller shows it) and why it was refused.
     */
    public record RejectedRow(String file, Long line, String recordId, String reason) {
    }

    public static final String INSERT = "INSERT INTO rejected_row (run_id, file_order, file, line, record_id, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public RejectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Several rows at once; {@code fileOrder}: where their file comes in rejects.csv. */
    public void add(long runId, int fileOrder, List<RejectedRow> rows) {
        jdbc.batchUpdate(INSERT, rows.stream().map(row -> values(runId, fileOrder, row)).toList());
    }

    public static Object[] values(long runId, int fileOrder, RejectedRow row) {
        return new Object[] {runId, fileOrder, row.file(), row.line(), row.recordId(), row.reason()};
    }

    /** The run's rejects, one at a time, in the order rejects.csv lists them. */
    public void list(long runId, Consumer<? super RejectedRow> each) {
        jdbc.query("SELECT file, line, record_id, reason FROM rejected_row WHERE run_id = ?"
                        + " ORDER BY file_order, line, record_id",
                rs -> {
                    each.accept(new RejectedRow(rs.getString("file"), (Long) rs.getObject("line", Long.class),
                            rs.getString("record_id"), rs.getString("reason")));
                }, runId);
    }

    public long count(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }
}
