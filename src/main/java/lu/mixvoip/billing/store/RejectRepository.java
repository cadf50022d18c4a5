package lu.mixvoip.billing.store;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.input.InputFile;

/** Rows refused in a run, in the order rejects.csv lists them (file, then line). */
public class RejectRepository {

    /** One line of rejects.csv. */
    public record RejectedRow(String file, Long line, String recordId, String reason) {
    }

    static final String INSERT = "INSERT INTO rejected_row (run_id, file_order, file, line, record_id, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public RejectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code shownAs}: the file (or table) name rejects.csv shows. */
    public void add(long runId, InputFile file, String shownAs, Long line, String recordId, String reason) {
        jdbc.update(INSERT, row(runId, file, shownAs, line, recordId, reason));
    }

    static Object[] row(long runId, InputFile file, String shownAs, Long line, String recordId, String reason) {
        return new Object[] {runId, file.ordinal(), shownAs, line, recordId, reason};
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
